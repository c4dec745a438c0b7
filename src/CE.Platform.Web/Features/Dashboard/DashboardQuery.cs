using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>
/// The dashboard's numbers, as a fixed handful of grouped queries the database answers whatever the
/// organisation's size: cycles grouped by due date and by completion day; the kept totals by unit and status
/// (<see cref="KeptStatusCounts"/>), as the matrix reads them. Only current members' cycles count (as in the matrix: pending, declined and former members
/// are not in <c>Memberships</c>), and cycles are only ever completed by completions the organisation
/// may see.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, TimeProvider clock)
{
    public const int WeeksBack = 26;
    public const int WeeksAhead = 8;
    public const int RenewalDays = 90;

    public async Task<DashboardReport> BuildAsync(Organisation organisation, int? moduleId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var modules = await db.Modules.AsNoTracking().Where(m => db.ComplianceTotals.Any(t => t.OrganisationId == organisation.Id && t.ModuleId == m.Id && t.Count != 0))
            .OrderBy(m => m.Position).Select(m => new DashboardModule(m.Id, m.CurrentVersion!.Title)).ToListAsync(cancellationToken);
        var module = modules.Any(m => m.Id == moduleId) ? moduleId : null;

        var cycles = db.LearnerAssignments.Where(l => l.OrganisationId == organisation.Id
            && db.Memberships.Any(m => m.OrganisationId == organisation.Id && m.UserId == l.UserId));
        if (module is { } id)
        {
            cycles = cycles.Where(l => l.ModuleId == id);
        }

        var due = await cycles.GroupBy(l => l.DueDate).Select(g => new DayCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var completed = (await cycles.Where(l => l.CompletedAtUtc != null).GroupBy(l => l.CompletedAtUtc!.Value.Date)
                .Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(c => new DayCount(DateOnly.FromDateTime(c.Day), c.Count)).ToList();
        var last = today.AddDays(RenewalDays - 1);
        var renewals = await cycles.Where(l => l.DueDate >= today && l.DueDate <= last)
            .GroupBy(l => new { l.DueDate, Done = l.CompletedAtUtc != null })
            .Select(g => new RenewalCount(g.Key.DueDate, g.Key.Done, g.Count())).ToListAsync(cancellationToken);

        var unitCounts = (await KeptStatusCounts.ReadAsync(db, organisation.Id, null, now, cancellationToken))
            .Where(c => module == null || c.ModuleId == module)
            .GroupBy(c => new { c.UnitId, Overdue = c.Status == CellStatus.Overdue })
            .Select(g => new UnitCount(g.Key.UnitId, g.Key.Overdue, g.Sum(c => c.Count))).ToList();

        return new DashboardReport(modules, module, today,
            DashboardBuckets.Timeline(due, completed, today, WeeksBack, WeeksAhead),
            DashboardBuckets.Units(unitCounts, organisation.Units.ToDictionary(u => u.Id, u => u.Name)),
            DashboardBuckets.Renewals(renewals, today, RenewalDays));
    }
}

public sealed record DayCount(DateOnly Day, int Count);

public sealed record RenewalCount(DateOnly DueDate, bool Completed, int Count);

public sealed record UnitCount(int? UnitId, bool Overdue, int Count);
