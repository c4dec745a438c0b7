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
