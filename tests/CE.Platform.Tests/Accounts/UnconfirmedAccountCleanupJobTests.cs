using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CE.Platform.Tests.Accounts;

public abstract class UnconfirmedAccountCleanupJobTests(AppFixture app)
{
    [Fact]
    public async Task The_nightly_job_removes_only_unconfirmed_accounts_older_than_the_window()
    {
        var now = DateTimeOffset.UtcNow;
        var oldUnconfirmed = await CreateAsync(confirmed: false, createdDaysAgo: 8, now);
        var newUnconfirmed = await CreateAsync(confirmed: false, createdDaysAgo: 6, now);
        var oldConfirmed = await CreateAsync(confirmed: true, createdDaysAgo: 30, now);

        await app.InScopeAsync(sp => new UnconfirmedAccountCleanupJob(
            sp.GetRequiredService<AppDbContext>(), new FixedClock(now), Options.Create(new AccountOptions { UnconfirmedRetentionDays = 7 }),
            NullLogger<UnconfirmedAccountCleanupJob>.Instance).RunAsync());

        Assert.False(await ExistsAsync(oldUnconfirmed));
        Assert.True(await ExistsAsync(newUnconfirmed));
        Assert.True(await ExistsAsync(oldConfirmed));
    }

    private Task<string> CreateAsync(bool confirmed, int createdDaysAgo, DateTimeOffset now) => app.InScopeAsync(async sp =>
    {
        var email = AccountSteps.NewEmail("cleanup");
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = confirmed, FullName = "Cleanup Candidate",
            CreatedAtUtc = now.UtcDateTime.AddDays(-createdDaysAgo),
        };
        var result = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, AccountSteps.Password);
        Assert.True(result.Succeeded);
        return user.Id;
    });

    private Task<bool> ExistsAsync(string id) =>
        app.InScopeAsync(async sp => await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id) is not null);
}

[Collection(Collections.Sqlite)]
public sealed class UnconfirmedAccountCleanupJobTestsOnSqlite(SqliteAppFixture app) : UnconfirmedAccountCleanupJobTests(app);

[Collection(Collections.PostgreSql)]
public sealed class UnconfirmedAccountCleanupJobTestsOnPostgreSql(PostgreSqlAppFixture app) : UnconfirmedAccountCleanupJobTests(app);
