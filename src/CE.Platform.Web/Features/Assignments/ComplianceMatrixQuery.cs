using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Learners × assigned modules for one organisation, with totals per module and per unit. The totals
/// come from the kept counts (<see cref="KeptStatusCounts"/>) and describe the organisation (or the unit
/// chosen) whatever status is filtered, so no view counts every cell. "Not assigned", "overdue" and the
/// overdue order read the members' kept counts (<see cref="Membership.AssignedCells"/>, <see cref="Membership.OverdueCells"/>),
/// the other filters find the kept cells in that status (<see cref="ComplianceCellStatuses.KeptIn"/>); only
/// the rows shown are read back and worked out in full (<see cref="MatrixRowReader"/>).
/// </summary>
public sealed class ComplianceMatrixQuery(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public Task<ComplianceMatrix> BuildAsync(Organisation organisation, MatrixFilter filter, CancellationToken cancellationToken = default) =>
        ReadAsync(organisation, filter with { Page = Math.Max(1, filter.Page) }, PageSize, cancellationToken);

    /// <summary>Every row (for CSV export), filtered and sorted like the page.</summary>
    public Task<ComplianceMatrix> FullAsync(Organisation organisation, MatrixFilter filter, CancellationToken cancellationToken = default) =>
        ReadAsync(organisation, filter with { Page = 1 }, null, cancellationToken);

    private async Task<ComplianceMatrix> ReadAsync(Organisation organisation, MatrixFilter filter, int? pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IQueryable<CellStatusRow> CellsIn(CellStatus status) =>
            ComplianceCellStatuses.KeptIn(db, organisation.Id, status, now, DateOnly.FromDateTime(now)).Where(c => filter.UnitId == null || c.UnitId == filter.UnitId);
        var modules = await db.Modules.AsNoTracking().Where(m => db.ComplianceTotals.Any(t => t.OrganisationId == organisation.Id && t.ModuleId == m.Id && t.Count != 0))
            .OrderBy(m => m.Position).Select(m => new MatrixModule(m.Id, m.CurrentVersion!.Title, 0, 0)).ToListAsync(cancellationToken);
        var inStatus = filter.Status is { } wanted and not CellStatus.NotAssigned ? CellsIn(wanted) : null;
        // The organisation in the SQL, as in KeptIn: the plan then knows how many members it has.
        var inUnit = db.Memberships.Where(m => m.OrganisationId == EF.Constant(organisation.Id) && (filter.UnitId == null || m.UnitId == filter.UnitId));
        var (counts, storedStatusesHold) = await KeptStatusCounts.ReadAsync(db, organisation.Id, filter.UnitId, now, cancellationToken);
        // The members' kept counts answer "not assigned" always, and "overdue" while every stored status holds
        // (time has changed none since the minutely job ran); otherwise the cells time has changed are worked out.
        var memberships = filter.Status switch
        {
            null => inUnit,
            // The number in the SQL too: a plan for an unknown number cannot use the statistics that make it an index read.
            CellStatus.NotAssigned => inUnit.Where(m => m.AssignedCells < EF.Constant(modules.Count)),
            CellStatus.Overdue when storedStatusesHold => inUnit.Where(m => m.OverdueCells > 0),
            _ => inUnit.Where(m => inStatus!.Any(c => c.UserId == m.UserId)),
        };

        var membersPerUnit = await inUnit.GroupBy(m => m.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var totalRows = filter.Status switch
        {
            null => membersPerUnit.Sum(u => u.Count),
            CellStatus.NotAssigned => await memberships.CountAsync(cancellationToken),
            CellStatus.Overdue when storedStatusesHold => await memberships.CountAsync(cancellationToken),
            // Every kept cell belongs to a member, so the members in a status are counted from the cells' index.
            _ => await inStatus!.Select(c => c.UserId).Distinct().CountAsync(cancellationToken),
        };

        var members = memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MatrixMember
        {
            UserId = u.Id, Name = u.FullName, Email = u.Email, UnitId = m.UnitId, SortName = m.MemberName, OverdueCells = m.OverdueCells,
        });
        var shown = await new MatrixMemberPage(db).ReadAsync(members, storedStatusesHold ? null : CellsIn(CellStatus.Overdue), filter.Sort, (filter.Page - 1) * (pageSize ?? 0), pageSize, cancellationToken);
        var rows = await new MatrixRowReader(db).ReadAsync(organisation, shown, modules.Select(m => m.Id).ToList(), now, cancellationToken);

        var units = organisation.Units.ToDictionary(u => u.Id, u => u.Name);
        string UnitName(int? unitId) => unitId is { } id && units.TryGetValue(id, out var name) ? name : "(no unit)";
        var moduleTotals = modules.Select(m => m with
        {
            Assigned = counts.Where(c => c.ModuleId == m.Id).Sum(c => c.Count),
            Completed = counts.Where(c => c.ModuleId == m.Id && c.Status == CellStatus.Completed).Sum(c => c.Count),
        }).ToList();
        var unitTotals = membersPerUnit.Select(u => UnitName(u.UnitId)).Distinct().Order(StringComparer.Ordinal)
            .Select(unit => UnitTotal(unit, counts.Where(c => UnitName(c.UnitId) == unit).ToList())).ToList();
        return new ComplianceMatrix(moduleTotals, rows, totalRows, filter.Page, PageSize, unitTotals, filter);
    }

    private static MatrixUnitTotal UnitTotal(string unit, IReadOnlyList<StatusCount> counts) =>
        new(unit, counts.Sum(c => c.Count), counts.Where(c => c.Status == CellStatus.Completed).Sum(c => c.Count),
            counts.Where(c => c.Status == CellStatus.Overdue).Sum(c => c.Count));
}
