using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

public abstract class SignInTests(AppFixture app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused_and_the_owner_is_told()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await AccountSteps.SignInAsync(client, email, "wrong password number " + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await AccountSteps.SignInAsync(client, email);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(SignInController.RefusedMessage, (await AppClient.ParseAsync(right)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        var lockedUntil = await app.InScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.LockoutEnd);
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(10));
        await app.Mailbox.WaitForAsync(email, "locked");
        var audit = await AuditSteps.EntriesAboutAsync(app, email);
        Assert.Equal(5, audit.Count(entry => entry == "sign-in.failed: wrong password"));
        Assert.Contains("sign-in.locked-out: after 5 failed attempts", audit);
        Assert.Equal("sign-in.failed: account locked", audit[^1]);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        using var unknown = await AccountSteps.SignInAsync(client, AccountSteps.NewEmail("nobody"));
        using var wrong = await AccountSteps.SignInAsync(client, email, "not the password at all");

        var unknownAlert = (await AppClient.ParseAsync(unknown)).QuerySelector("[role=alert]")?.TextContent;
        var wrongAlert = (await AppClient.ParseAsync(wrong)).QuerySelector("[role=alert]")?.TextContent;
        Assert.Equal(wrongAlert, unknownAlert);
        Assert.Contains(SignInController.RefusedMessage, unknownAlert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        using var before = await client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var token = await client.AntiforgeryTokenAsync("/profile");
        using var signedOut = await client.PostAsync("/account/logout", [new("__RequestVerificationToken", token)]);
        using var after = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task A_browser_keeps_its_sign_out_token_across_pages_and_nobody_else_can_use_it()
    {
        var (owner, _) = await AccountSteps.SignedInAsync(app);
        var (other, _) = await AccountSteps.SignedInAsync(app);
        var first = await owner.AntiforgeryTokenAsync("/catalog");
        var second = await owner.AntiforgeryTokenAsync("/learning");

        using var foreign = await other.PostAsync("/account/logout", [new("__RequestVerificationToken", first)]);
        using var signedOut = await owner.PostAsync("/account/logout", [new("__RequestVerificationToken", second)]);

        // Reused rather than minted per page (ReusedAntiforgeryTokens), and still checked against the browser and user.
        Assert.Equal(first, second);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        owner.Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored_after_sign_in()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        using var response = await client.SubmitAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = AccountSteps.Password,
        });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}

[Collection(Collections.Sqlite)]
public sealed class SignInTestsOnSqlite(SqliteAppFixture app) : SignInTests(app);

[Collection(Collections.PostgreSql)]
public sealed class SignInTestsOnPostgreSql(PostgreSqlAppFixture app) : SignInTests(app);
