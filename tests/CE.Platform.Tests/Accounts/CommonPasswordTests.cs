using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

public abstract class CommonPasswordTests(AppFixture app)
{
    // On the shipped list in lower case; typed here in another case to prove the comparison ignores it.
    private const string Common = "QWERTYUIOPASDFGHJKL";

    [Fact]
    public async Task Registering_with_a_common_password_is_refused_next_to_the_field()
    {
        using var client = app.NewClient();

        using var response = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = AccountSteps.NewEmail(), ["FullName"] = "Common Chooser", ["Password"] = Common, ["ConfirmPassword"] = Common,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("common or leaked", (await AppClient.ParseAsync(response)).QuerySelector("#Password-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_and_the_old_one_still_works()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);

        using var response = await client.SubmitAsync("/profile/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AccountSteps.Password, ["NewPassword"] = Common, ["ConfirmPassword"] = Common,
        });

        Assert.Contains("common or leaked", (await AppClient.ParseAsync(response)).QuerySelector("#NewPassword-error")?.TextContent, StringComparison.Ordinal);
        using var fresh = app.NewClient();
        using var signIn = await AccountSteps.SignInAsync(fresh, email);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        client.Dispose();
    }

    [Fact]
    public async Task Resetting_to_a_common_password_is_refused_next_to_the_field()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();
        using var requested = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = Mailbox.LinkTo(await app.Mailbox.WaitForAsync(email, "Reset your"), "/account/reset-password");

        using var reset = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = Common, ["ConfirmPassword"] = Common });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("common or leaked", (await AppClient.ParseAsync(reset)).QuerySelector("#Password-error")?.TextContent, StringComparison.Ordinal);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CommonPasswordTestsOnSqlite(SqliteAppFixture app) : CommonPasswordTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CommonPasswordTestsOnPostgreSql(PostgreSqlAppFixture app) : CommonPasswordTests(app);
