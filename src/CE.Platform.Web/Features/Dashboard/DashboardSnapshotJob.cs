using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>Counts a large organisation's timeline and renewals again and keeps them (<see cref="DashboardSnapshots"/>).</summary>
public sealed class DashboardSnapshotJob(AppDbContext db, TimeProvider clock)
{
    public Task RefreshAsync(int organisationId, int moduleKey, CancellationToken cancellationToken) =>
        CountAndKeepAsync(db, organisationId, moduleKey, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Counts the weeks as of <paramref name="now"/> and keeps them as the snapshot; the history returned is labelled with that time.</summary>
    public static async Task<DashboardHistory> CountAndKeepAsync(AppDbContext db, int organisationId, int moduleKey, DateTime now, CancellationToken cancellationToken)
    {
        var history = await DashboardHistory.WorkOutAsync(db, organisationId, moduleKey == DashboardSnapshot.AllModules ? null : moduleKey,
            DateOnly.FromDateTime(now), cancellationToken);
        await StoreAsync(db, organisationId, moduleKey, history, now, cancellationToken);
        return history with { AsOfUtc = now };
    }

    /// <summary>Keeps <paramref name="history"/> as the organisation's snapshot, taken at <paramref name="now"/>; no refresh is then waiting.</summary>
    private static async Task StoreAsync(AppDbContext db, int organisationId, int moduleKey, DashboardHistory history, DateTime now, CancellationToken cancellationToken)
    {
        var weeks = history.ToJson();
        var updated = await db.DashboardSnapshots.Where(s => s.OrganisationId == organisationId && s.ModuleKey == moduleKey)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Today, history.Today).SetProperty(x => x.TakenAtUtc, now)
                .SetProperty(x => x.Weeks, weeks).SetProperty(x => x.RefreshQueuedAtUtc, (DateTime?)null), cancellationToken);
        if (updated != 0 || !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return;
        }

        db.DashboardSnapshots.Add(new DashboardSnapshot { OrganisationId = organisationId, ModuleKey = moduleKey, Today = history.Today, TakenAtUtc = now, Weeks = weeks });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another view's first count stored the snapshot at the same moment: as good as this one.
            db.ChangeTracker.Clear();
        }
    }
}
