using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Dashboard;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CE.Platform.Tests.Dashboard.DashboardPages;

namespace CE.Platform.Tests.Dashboard;

/// <summary>
/// A large organisation's timeline and renewals through the real pipeline (every organisation counts as large
/// here): served from the kept snapshot, labelled with its time, until a view after the lifetime queues one
/// refresh however many coordinators look at once; overdue by unit stays current throughout.
/// </summary>
public abstract class DashboardSnapshotTests(DashboardSnapshotFixture app)
{
    [Fact]
    public async Task The_timeline_is_kept_for_its_lifetime_then_many_views_queue_one_refresh_and_the_next_view_shows_it()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (_, overdueUserId) = await SeedAsync(app, organisationId);
        var url = $"/coordinator/{organisationId}/dashboard";
        var takenAt = app.Clock.Now;

        var first = await coordinator.GetPageAsync(url);
        Assert.Contains("by today 2 cycles are completed", Desc(first, "timeline"), StringComparison.Ordinal);
        Assert.Equal(Stamp(takenAt), AsOf(first));

        await CompleteCycleAsync(organisationId, overdueUserId);
        app.Clock.Now += TimeSpan.FromMinutes(4);
        var kept = await coordinator.GetPageAsync(url);
        Assert.Contains("by today 2 cycles are completed", Desc(kept, "timeline"), StringComparison.Ordinal);
        Assert.Equal(Stamp(takenAt), AsOf(kept));
        Assert.StartsWith("No unit has overdue training", Desc(kept, "units"), StringComparison.Ordinal);
        Assert.Equal(0, QueuedRefreshes(organisationId));

        app.Clock.Now += TimeSpan.FromMinutes(2);
        var stale = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => coordinator.GetPageAsync(url)));
        Assert.All(stale, page => Assert.Equal(Stamp(takenAt), AsOf(page)));
        Assert.Equal(1, QueuedRefreshes(organisationId));

        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DashboardSnapshotJob>().RefreshAsync(organisationId, DashboardSnapshot.AllModules, TestContext.Current.CancellationToken);
            return true;
        });
        var refreshed = await coordinator.GetPageAsync(url);
        Assert.Contains("by today 3 cycles are completed", Desc(refreshed, "timeline"), StringComparison.Ordinal);
        Assert.Equal(Stamp(app.Clock.Now), AsOf(refreshed));
        coordinator.Dispose();
    }

    [Fact]
    public async Task One_module_has_its_own_snapshot_and_a_stale_one_is_served_while_its_refresh_waits()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (moduleId, overdueUserId) = await SeedAsync(app, organisationId);
        var all = $"/coordinator/{organisationId}/dashboard";
        await coordinator.GetPageAsync(all);
        await CompleteCycleAsync(organisationId, overdueUserId);

        // The module's first view counts now, after the completion, although "all modules" was kept before it.
        var oneModule = await coordinator.GetPageAsync($"{all}?module={moduleId}");
        Assert.Contains("by today 3 cycles are completed", Desc(oneModule, "timeline"), StringComparison.Ordinal);
        Assert.Contains("by today 2 cycles are completed", Desc(await coordinator.GetPageAsync(all), "timeline"), StringComparison.Ordinal);

        // A refresh that never ran (no job server) is queued again once it has had a whole lifetime.
        app.Clock.Now += TimeSpan.FromMinutes(6);
        await coordinator.GetPageAsync(all);
        app.Clock.Now += TimeSpan.FromMinutes(1);
        await coordinator.GetPageAsync(all);
        Assert.Equal(1, QueuedRefreshes(organisationId));
        app.Clock.Now += TimeSpan.FromMinutes(5);
        await coordinator.GetPageAsync(all);
        Assert.Equal(2, QueuedRefreshes(organisationId));
        coordinator.Dispose();
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");

    private static string? AsOf(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".dashboard__as-of time")?.GetAttribute("datetime");

    private Task<int> CompleteCycleAsync(int organisationId, string userId) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var cycle = await db.LearnerAssignments.SingleAsync(l => l.OrganisationId == organisationId && l.UserId == userId);
        cycle.CompletedAtUtc = app.Clock.Now.UtcDateTime;
        return await db.SaveChangesAsync();
    });

    private int QueuedRefreshes(int organisationId) =>
        app.Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 10_000)
            .Count(j => j.Value.Job?.Type == typeof(DashboardSnapshotJob) && (int)j.Value.Job.Args[0] == organisationId);
}

/// <summary>The app with a clock the tests move and every organisation served from dashboard snapshots.</summary>
public abstract class DashboardSnapshotFixture(DatabaseKind kind) : AppFixture(kind)
{
    public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
    {
        ["Dashboard:LiveUpToCells"] = "0",
        ["Dashboard:SnapshotLifetime"] = "00:05:00",
    };

    protected override Action<IServiceCollection>? Services => services => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class DashboardSnapshotSqliteFixture() : DashboardSnapshotFixture(DatabaseKind.Sqlite);

public sealed class DashboardSnapshotPostgreSqlFixture() : DashboardSnapshotFixture(DatabaseKind.PostgreSql);

public sealed class DashboardSnapshotTestsOnSqlite(DashboardSnapshotSqliteFixture app) : DashboardSnapshotTests(app), IClassFixture<DashboardSnapshotSqliteFixture>;

public sealed class DashboardSnapshotTestsOnPostgreSql(DashboardSnapshotPostgreSqlFixture app) : DashboardSnapshotTests(app), IClassFixture<DashboardSnapshotPostgreSqlFixture>;
