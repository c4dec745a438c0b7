using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

/// <summary>Sessions end on the server's clock: after 30 idle minutes, 12 hours after sign-in, and within the 5-minute check after an account change.</summary>
public abstract class SessionLifetimeTests<TFixture>(TFixture app)
    where TFixture : AppFixture, IClockFixture
{
    private static readonly TimeSpan PastCheckInterval = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task A_session_left_idle_for_more_than_30_minutes_is_sent_to_sign_in()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);

        app.Clock.Now += TimeSpan.FromMinutes(29);
        await AssertSignedInAsync(client);
        app.Clock.Now += TimeSpan.FromMinutes(31);
        await AssertSentToSignInAsync(client);
        client.Dispose();
    }

    [Fact]
    public async Task An_active_session_still_ends_12_hours_after_signing_in()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var signedInAt = app.Clock.Now;

        while (app.Clock.Now - signedInAt < TimeSpan.FromHours(11.5))
        {
            app.Clock.Now += TimeSpan.FromMinutes(20);
            await AssertSignedInAsync(client);
        }

        // 11 h 40 min so far; 25 more minutes is within the idle limit but past 12 hours.
        app.Clock.Now += TimeSpan.FromMinutes(25);
        await AssertSentToSignInAsync(client);
        client.Dispose();
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_but_not_the_one_that_made_it()
    {
        var (other, email) = await AccountSteps.SignedInAsync(app);
        var changer = app.NewClient();
        using var _ = await AccountSteps.SignInAsync(changer, email);
        const string next = "a different long passphrase";

        using var changed = await changer.SubmitAsync("/profile/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AccountSteps.Password, ["NewPassword"] = next, ["ConfirmPassword"] = next,
        });
        app.Clock.Now += PastCheckInterval;

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await AssertSentToSignInAsync(other);
        await AssertSignedInAsync(changer);
        other.Dispose();
        changer.Dispose();
    }

    [Fact]
    public async Task Removing_the_admin_role_ends_admin_access_within_the_check_interval()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        using var before = await client.GetAsync("/admin/organisations");

        await WithUserAsync(email, (users, user) => users.RemoveFromRoleAsync(user, Roles.Admin));
        app.Clock.Now += PastCheckInterval;
        using var after = await client.GetAsync("/admin/organisations");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task Locking_an_account_ends_its_sessions_within_the_check_interval()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);

        await WithUserAsync(email, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        app.Clock.Now += PastCheckInterval;

        await AssertSentToSignInAsync(client);
        client.Dispose();
    }

    private async Task WithUserAsync(string email, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> change)
    {
        var result = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await change(users, (await users.FindByEmailAsync(email))!);
        });
        Assert.True(result.Succeeded);
    }

    private static async Task AssertSignedInAsync(AppClient client)
    {
        using var response = await client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertSentToSignInAsync(AppClient client)
    {
        using var response = await client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

[Collection(ControlledClock.Sqlite)]
public sealed class SessionLifetimeTestsOnSqlite(ControlledClockSqliteFixture app) : SessionLifetimeTests<ControlledClockSqliteFixture>(app);

[Collection(ControlledClock.PostgreSql)]
public sealed class SessionLifetimeTestsOnPostgreSql(ControlledClockPostgreSqlFixture app) : SessionLifetimeTests<ControlledClockPostgreSqlFixture>(app);
