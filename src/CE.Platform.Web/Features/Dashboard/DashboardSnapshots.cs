using CE.Platform.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>
/// The timeline and renewals a view shows. A small organisation's are worked out for every view. A large
/// one's come from its <see cref="DashboardSnapshot"/>, stale-while-revalidate: a view after the lifetime
/// still gets the kept weeks (labelled with their time) and queues one <see cref="DashboardSnapshotJob"/>
/// for everyone, so the cost of a view does not grow with the organisation. Only the first view ever
/// of an organisation and module waits for the count.
/// </summary>
public sealed class DashboardSnapshots(AppDbContext db, IBackgroundJobClient jobs, IOptions<DashboardOptions> options, TimeProvider clock)
{
    /// <summary>The weeks to show; <paramref name="cells"/> is the organisation's number of compliance cells, which decides counting against a snapshot.</summary>
    public async Task<DashboardHistory> ReadAsync(int organisationId, int? moduleId, int cells, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (cells <= options.Value.LiveUpToCells)
        {
            return await DashboardHistory.WorkOutAsync(db, organisationId, moduleId, DateOnly.FromDateTime(now), cancellationToken);
        }

        var key = moduleId ?? DashboardSnapshot.AllModules;
        var kept = await db.DashboardSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.ModuleKey == key, cancellationToken);
        if (kept is null)
        {
            return await DashboardSnapshotJob.CountAndKeepAsync(db, organisationId, key, now, cancellationToken);
        }

        var lifetime = options.Value.SnapshotLifetime;
        if (!kept.IsFresh(now, lifetime) && await ClaimRefreshAsync(organisationId, key, now, lifetime, cancellationToken))
        {
            jobs.Enqueue<DashboardSnapshotJob>(job => job.RefreshAsync(organisationId, key, CancellationToken.None));
        }

        return DashboardHistory.Of(kept);
    }

    // One atomic update decides, across every instance, which of the views that found it stale queues the refresh;
    // a refresh queued a whole lifetime ago that never ran (no job server) may be queued again.
    private async Task<bool> ClaimRefreshAsync(int organisationId, int key, DateTime now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var claimableBefore = now - lifetime;
        return await db.DashboardSnapshots
            .Where(s => s.OrganisationId == organisationId && s.ModuleKey == key && (s.RefreshQueuedAtUtc == null || s.RefreshQueuedAtUtc < claimableBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RefreshQueuedAtUtc, now), cancellationToken) == 1;
    }
}
