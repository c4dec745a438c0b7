using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>
/// The dashboard's numbers: overdue by unit from the kept totals (<see cref="KeptStatusCounts"/>) as the matrix
/// reads them, always current; the timeline and renewals from <see cref="DashboardSnapshots"/>, current for a
/// small organisation and at most a few minutes old, and labelled so, for a large one.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, DashboardSnapshots snapshots, TimeProvider clock)
{
    public async Task<DashboardReport> BuildAsync(Organisation organisation, int? moduleId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var modules = await db.Modules.AsNoTracking().Where(m => db.ComplianceTotals.Any(t => t.OrganisationId == organisation.Id && t.ModuleId == m.Id && t.Count != 0))
            .OrderBy(m => m.Position).Select(m => new DashboardModule(m.Id, m.CurrentVersion!.Title)).ToListAsync(cancellationToken);
        var module = modules.Any(m => m.Id == moduleId) ? moduleId : null;

        var counts = (await KeptStatusCounts.ReadAsync(db, organisation.Id, null, now, cancellationToken)).Counts;
        var unitCounts = counts
            .Where(c => module == null || c.ModuleId == module)
            .GroupBy(c => new { c.UnitId, Overdue = c.Status == CellStatus.Overdue })
            .Select(g => new UnitCount(g.Key.UnitId, g.Key.Overdue, g.Sum(c => c.Count))).ToList();

        return new DashboardReport(modules, module,
            await snapshots.ReadAsync(organisation.Id, module, counts.Sum(c => c.Count), cancellationToken),
            DashboardBuckets.Units(unitCounts, organisation.Units.ToDictionary(u => u.Id, u => u.Name)));
    }
}

public sealed record UnitCount(int? UnitId, bool Overdue, int Count);
