using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Scaling;

/// <summary>The shared counter's one statement on each database: counting, a window that runs out, and the clean-up.</summary>
public abstract class RateLimitWindowTests(AppFixture app)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Requests_count_up_in_their_window_and_a_window_that_has_run_out_starts_again_at_one()
    {
        var key = $"test:{Guid.NewGuid():N}";

        var first = await CountAsync(key);
        var second = await CountAsync(key);
        await StartedAgoAsync(key, TimeSpan.FromSeconds(61));
        var afterTheWindow = await CountAsync(key);
        var next = await CountAsync(key);

        Assert.Equal([1, 2, 1, 2], new[] { first, second, afterTheWindow, next });
    }

    [Fact]
    public async Task The_clean_up_job_removes_windows_older_than_an_hour_and_keeps_current_ones()
    {
        var (old, current) = ($"test:{Guid.NewGuid():N}", $"test:{Guid.NewGuid():N}");
        await CountAsync(old);
        await CountAsync(current);
        await StartedAgoAsync(old, TimeSpan.FromMinutes(61));

        await app.InScopeAsync(sp => sp.GetRequiredService<ExpiredRateLimitWindowsJob>().RunAsync());

        var left = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RateLimitWindows.Where(w => w.Key == old || w.Key == current).Select(w => w.Key).ToListAsync());
        Assert.Equal([current], left);
    }

    private Task<int> CountAsync(string key) =>
        app.InScopeAsync(sp => sp.GetRequiredService<RateLimitCounter>().CountAsync(key, Minute, CancellationToken.None));

    private Task<int> StartedAgoAsync(string key, TimeSpan ago) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RateLimitWindows.Where(w => w.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.StartedAtUnixMs, DateTimeOffset.UtcNow.Add(-ago).ToUnixTimeMilliseconds())));
}

[Collection(Collections.Sqlite)]
public sealed class RateLimitWindowTestsOnSqlite(SqliteAppFixture app) : RateLimitWindowTests(app);

[Collection(Collections.PostgreSql)]
public sealed class RateLimitWindowTestsOnPostgreSql(PostgreSqlAppFixture app) : RateLimitWindowTests(app);
