using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

public abstract class TwoFactorTests(AppFixture app)
{
    [Fact]
    public async Task A_person_enrols_an_authenticator_app_and_then_signs_in_with_password_and_a_code()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var (key, _) = await TwoFactorSteps.EnrolAsync(client);
        using var fresh = app.NewClient();

        using var password = await AccountSteps.SignInAsync(fresh, email);
        using var beforeCode = await fresh.GetAsync("/profile");
        using var code = await TwoFactorSteps.SecondStepAsync(fresh, password, Totp.Now(key));

        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal("/", code.Headers.Location?.OriginalString);
        using var profile = await fresh.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var audit = await AuditSteps.EntriesAboutAsync(app, email);
        Assert.Contains("2fa.enabled: ", audit);
        Assert.Equal("sign-in.succeeded: password and authenticator app", audit[^1]);
        client.Dispose();
    }

    [Fact]
    public async Task A_wrong_setup_code_leaves_two_factor_off()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var setup = await client.GetPageAsync("/profile/two-factor/setup");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent;

        using var response = await client.SubmitAsync("/profile/two-factor/setup", new Dictionary<string, string> { ["Code"] = WrongCode(key) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("did not match", (await AppClient.ParseAsync(response)).QuerySelector("#Code-error")?.TextContent, StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(email));
        client.Dispose();
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var (_, codes) = await TwoFactorSteps.EnrolAsync(client);
        using var first = app.NewClient();
        using var second = app.NewClient();

        using var firstPassword = await AccountSteps.SignInAsync(first, email);
        using var firstUse = await TwoFactorSteps.SecondStepAsync(first, firstPassword, codes[3]);
        using var secondPassword = await AccountSteps.SignInAsync(second, email);
        using var secondUse = await TwoFactorSteps.SecondStepAsync(second, secondPassword, codes[3]);

        Assert.Equal("/", firstUse.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, secondUse.StatusCode);
        Assert.Contains(SignInController.CodeRefusedMessage, (await AppClient.ParseAsync(secondUse)).QuerySelector("#Code-error")?.TextContent, StringComparison.Ordinal);
        var audit = await AuditSteps.EntriesAboutAsync(app, email);
        Assert.Contains("sign-in.succeeded: password and recovery code", audit);
        Assert.Contains("2fa.recovery-code-used: 9 left", audit);
        Assert.Equal("sign-in.failed: wrong recovery code", audit[^1]);
        client.Dispose();
    }

    [Fact]
    public async Task Wrong_codes_count_towards_lockout_so_even_the_right_code_is_then_refused()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var (key, _) = await TwoFactorSteps.EnrolAsync(client);
        using var attacker = app.NewClient();
        using var password = await AccountSteps.SignInAsync(attacker, email);
        var step = password.Headers.Location!.OriginalString;

        using var wrongRecovery = await attacker.SubmitAsync(step, new Dictionary<string, string> { ["Code"] = "AAAAA-AAAAA" });
        Assert.Equal(1, await FailedCountAsync(email));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var wrong = await attacker.SubmitAsync(step, new Dictionary<string, string> { ["Code"] = WrongCode(key) });
        }

        using var right = await attacker.SubmitAsync(step, new Dictionary<string, string> { ["Code"] = Totp.Now(key) });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("sign-in.locked-out: after 5 failed attempts", await AuditSteps.EntriesAboutAsync(app, email));
        await app.Mailbox.WaitForAsync(email, "locked");
        client.Dispose();
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var (_, oldCodes) = await TwoFactorSteps.EnrolAsync(client);

        using var regenerated = await client.SubmitAsync("/profile/two-factor", new Dictionary<string, string>(), "main form[action$='recovery-codes']");
        var newCodes = (await AppClient.ParseAsync(regenerated)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        using var fresh = app.NewClient();
        using var password = await AccountSteps.SignInAsync(fresh, email);
        using var oldCode = await TwoFactorSteps.SecondStepAsync(fresh, password, oldCodes[0]);

        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Equal(HttpStatusCode.OK, oldCode.StatusCode);
        Assert.Contains("2fa.recovery-codes-regenerated: ", await AuditSteps.EntriesAboutAsync(app, email));
        client.Dispose();
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password_and_then_the_password_alone_signs_in()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        await TwoFactorSteps.EnrolAsync(client);

        using var wrong = await client.SubmitAsync("/profile/two-factor/disable", new Dictionary<string, string> { ["Password"] = "not my password at all" });
        Assert.True(await TwoFactorEnabledAsync(email));
        using var right = await client.SubmitAsync("/profile/two-factor/disable", new Dictionary<string, string> { ["Password"] = AccountSteps.Password });
        using var fresh = app.NewClient();
        using var signIn = await AccountSteps.SignInAsync(fresh, email);

        Assert.Contains("not correct", (await AppClient.ParseAsync(wrong)).QuerySelector("#Password-error")?.TextContent, StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(email));
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Contains("2fa.disabled: by the account holder", await AuditSteps.EntriesAboutAsync(app, email));
        client.Dispose();
    }

    [Fact]
    public async Task A_remembered_device_skips_the_code_next_time_and_others_still_need_it()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var (key, _) = await TwoFactorSteps.EnrolAsync(client);
        using var device = app.NewClient();
        using var password = await AccountSteps.SignInAsync(device, email);
        using var remembered = await device.SubmitAsync(password.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = Totp.Now(key), ["RememberDevice"] = "true" });
        var token = await device.AntiforgeryTokenAsync("/profile");
        using var signedOut = await device.PostAsync("/account/logout", [new("__RequestVerificationToken", token)]);

        using var other = app.NewClient();

        using var again = await AccountSteps.SignInAsync(device, email);
        using var elsewhere = await AccountSteps.SignInAsync(other, email);

        Assert.Equal("/", again.Headers.Location?.OriginalString);
        Assert.StartsWith("/account/login/two-factor", elsewhere.Headers.Location?.OriginalString, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task An_operator_reset_for_a_lost_phone_changes_the_security_stamp_and_lets_the_password_alone_sign_in()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        await TwoFactorSteps.EnrolAsync(client);
        var stampBefore = await StampAsync(email);

        var exit = await app.InScopeAsync(sp => TwoFactorCommands.ResetAsync(sp, new ConfigurationBuilder().AddInMemoryCollection([new("email", email)]).Build()));
        using var fresh = app.NewClient();
        using var signIn = await AccountSteps.SignInAsync(fresh, email);

        Assert.Equal(0, exit);
        Assert.False(await TwoFactorEnabledAsync(email));
        Assert.NotEqual(stampBefore, await StampAsync(email));
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal("2fa.disabled: by an operator", (await AuditSteps.EntriesAboutAsync(app, email)).Last(e => e.StartsWith("2fa.", StringComparison.Ordinal)));
        client.Dispose();
    }

    [Fact]
    public async Task The_second_step_without_a_password_step_starts_again()
    {
        using var client = app.NewClient();

        using var page = await client.GetAsync("/account/login/two-factor?returnUrl=%2Fcertificates");
        var token = await client.AntiforgeryTokenAsync("/account/login");
        using var post = await client.PostAsync("/account/login/two-factor", [new("__RequestVerificationToken", token), new("Code", "123456")]);

        Assert.All(new[] { page, post }, response =>
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain("two-factor", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        });
        Assert.Contains("returnUrl=%2Fcertificates", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>A six-digit code that is not valid for <paramref name="key"/> in the current window (the app accepts a few steps either side).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !valid.Contains(code));
    }

    private Task<bool> TwoFactorEnabledAsync(string email) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.TwoFactorEnabled);

    private Task<string?> StampAsync(string email) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.SecurityStamp);

    private Task<int> FailedCountAsync(string email) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.AccessFailedCount);
}

[Collection(Collections.Sqlite)]
public sealed class TwoFactorTestsOnSqlite(SqliteAppFixture app) : TwoFactorTests(app);

[Collection(Collections.PostgreSql)]
public sealed class TwoFactorTestsOnPostgreSql(PostgreSqlAppFixture app) : TwoFactorTests(app);
