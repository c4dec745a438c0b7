using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

public abstract class RegistrationTests(AppFixture app)
{
    [Fact]
    public async Task A_new_clinician_registers_confirms_by_email_and_signs_in()
    {
        using var client = app.NewClient();
        var email = AccountSteps.NewEmail();

        await AccountSteps.RegisterAndConfirmAsync(app, client, email, "Zoë Ångström-Nakamura, CRNA");
        using var signedIn = await AccountSteps.SignInAsync(client, email);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var profile = await client.GetPageAsync("/profile");
        Assert.Equal("Zoë Ångström-Nakamura, CRNA", profile.QuerySelector("#FullName")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Signing_in_before_confirming_the_email_is_refused_with_a_way_to_get_a_new_link()
    {
        using var client = app.NewClient();
        var email = AccountSteps.NewEmail();
        using var _ = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Unconfirmed Person", ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        });

        using var response = await AccountSteps.SignInAsync(client, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Confirm your email address first", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/account/resend-confirmation']"));
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_the_same_and_tells_the_owner_by_email()
    {
        var (_, existing) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        using var response = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = existing, ["FullName"] = "Someone Else", ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        });

        Assert.Equal("/account/check-email", response.Headers.Location?.OriginalString);
        var notice = await app.Mailbox.WaitForAsync(existing, "already have");
        Assert.Contains("/account/forgot-password", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_common_password_is_refused_alike_for_an_address_that_has_an_account_and_a_new_one()
    {
        var (_, existing) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        var errors = new List<string?>();
        foreach (var email in new[] { existing, AccountSteps.NewEmail() })
        {
            using var response = await client.SubmitAsync("/account/register", new Dictionary<string, string>
            {
                ["Email"] = email, ["FullName"] = "Weak Password", ["Password"] = "QWERTYUIOPASDFGHJKL", ["ConfirmPassword"] = "QWERTYUIOPASDFGHJKL",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            errors.Add((await AppClient.ParseAsync(response)).QuerySelector("#Password-error")?.TextContent);
        }

        Assert.Contains("common or leaked", errors[0], StringComparison.Ordinal);
        Assert.Equal(errors[0], errors[1]);
        await AccountMailSteps.WaitUntilQueueIsEmptyAsync(app);
        Assert.DoesNotContain(app.Mailbox.To(existing), m => m.Subject!.Contains("already have", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_confirmation_link_goes_only_to_an_address_still_unconfirmed()
    {
        var (_, confirmed) = await AccountSteps.SignedInAsync(app);
        var unconfirmed = AccountSteps.NewEmail();
        using var client = app.NewClient();
        using var registered = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = unconfirmed, ["FullName"] = "Lost The Link", ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        });
        var first = Mailbox.LinkTo(await app.Mailbox.WaitForAsync(unconfirmed, "Confirm"), "/account/confirm-email");

        foreach (var email in new[] { unconfirmed, confirmed })
        {
            using var resent = await client.SubmitAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Email"] = email });
            Assert.Equal("/account/check-email", resent.Headers.Location?.OriginalString);
        }

        await AccountMailSteps.WaitUntilQueueIsEmptyAsync(app);
        Assert.Equal(2, app.Mailbox.To(unconfirmed).Count(m => m.Subject!.Contains("Confirm", StringComparison.Ordinal)));
        Assert.Empty(app.Mailbox.To(confirmed));
        var second = Mailbox.LinkTo(app.Mailbox.To(unconfirmed)[^1], "/account/confirm-email");
        Assert.Contains("Email confirmed", (await client.GetPageAsync(second)).Title, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Invalid_registration_shows_each_message_next_to_its_field_and_keeps_what_was_typed()
    {
        using var client = app.NewClient();

        using var response = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = "not-an-email", ["FullName"] = "Kept Name", ["Password"] = "short", ["ConfirmPassword"] = "different",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Email-error")?.TextContent));
        Assert.Contains("at least 12", page.QuerySelector("#Password-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("do not match", page.QuerySelector("#ConfirmPassword-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept Name", page.QuerySelector("#FullName")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Password")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        using var client = app.NewClient();
        var email = AccountSteps.NewEmail();
        using var _ = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Tamper Test", ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        });
        var link = Mailbox.LinkTo(await app.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email");

        var page = await client.GetPageAsync(link[..^4] + "AAAA");

        Assert.Contains("not valid", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        using var signIn = await AccountSteps.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = app.NewClient();

        using var response = await client.PostAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = AccountSteps.NewEmail(), ["FullName"] = "No Token", ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class RegistrationTestsOnSqlite(SqliteAppFixture app) : RegistrationTests(app);

[Collection(Collections.PostgreSql)]
public sealed class RegistrationTestsOnPostgreSql(PostgreSqlAppFixture app) : RegistrationTests(app);
