using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

public abstract class PasswordResetTests(AppFixture app)
{
    private const string NewPassword = "a brand new long passphrase";

    [Fact]
    public async Task A_clinician_resets_a_forgotten_password_from_the_emailed_link()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        using var requested = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = Mailbox.LinkTo(await app.Mailbox.WaitForAsync(email, "Reset your"), "/account/reset-password");
        using var reset = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Contains("Password changed", (await AppClient.ParseAsync(reset)).Title, StringComparison.Ordinal);
        using var oldPassword = await AccountSteps.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await AccountSteps.SignInAsync(client, email, NewPassword);
        Assert.Equal("/", newPassword.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        var (_, known) = await AccountSteps.SignedInAsync(app);
        var unknown = AccountSteps.NewEmail("nobody");
        using var client = app.NewClient();

        using var forKnown = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = known });
        using var forUnknown = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal(
            (await AppClient.ParseAsync(forKnown)).QuerySelector("main")?.TextContent,
            (await AppClient.ParseAsync(forUnknown)).QuerySelector("main")?.TextContent);
        await AccountMailSteps.WaitUntilQueueIsEmptyAsync(app);
        await app.Mailbox.WaitForAsync(known, "Reset your");
        Assert.Empty(app.Mailbox.To(unknown));
    }

    [Fact]
    public async Task A_forged_reset_code_changes_nothing_and_says_the_link_is_invalid()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();
        using var _ = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = Mailbox.LinkTo(await app.Mailbox.WaitForAsync(email, "Reset your"), "/account/reset-password");
        var forged = link[..link.IndexOf("code=", StringComparison.Ordinal)] + "code=Zm9yZ2Vk";

        using var response = await client.SubmitAsync(forged, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Contains("invalid or has expired", (await AppClient.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        using var signIn = await AccountSteps.SignInAsync(client, email);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }
}

[Collection(Collections.Sqlite)]
public sealed class PasswordResetTestsOnSqlite(SqliteAppFixture app) : PasswordResetTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PasswordResetTestsOnPostgreSql(PostgreSqlAppFixture app) : PasswordResetTests(app);
