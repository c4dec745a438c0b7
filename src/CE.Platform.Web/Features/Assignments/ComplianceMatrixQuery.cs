using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Learners × assigned modules for one organisation, with totals per module and per unit. The totals
/// come from the kept counts (<see cref="KeptStatusCounts"/>); filters and the overdue sort use each
/// kept cell's status worked out at read time (<see cref="ComplianceCellStatuses.Kept"/>); only the rows
/// shown are read back and worked out in full (<see cref="MatrixRowReader"/>).
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
        var cells = ComplianceCellStatuses.Kept(db, organisation.Id, now, DateOnly.FromDateTime(now));
        var modules = await db.Modules.AsNoTracking().Where(m => db.ComplianceTotals.Any(t => t.OrganisationId == organisation.Id && t.ModuleId == m.Id && t.Count != 0))
            .OrderBy(m => m.Position).Select(m => new MatrixModule(m.Id, m.CurrentVersion!.Title, 0, 0)).ToListAsync(cancellationToken);
        var memberships = Memberships(organisation.Id, filter, cells, modules.Count);

        // Filtered by status, the counts are of the learners shown, so they are worked out from their cells.
        var counts = filter.Status is null
            ? await KeptStatusCounts.ReadAsync(db, organisation.Id, filter.UnitId, now, cancellationToken)
            : await cells.Join(memberships, c => c.UserId, m => m.UserId, (c, m) => new { m.UnitId, c.ModuleId, c.Status })
                .GroupBy(c => new { c.UnitId, c.ModuleId, c.Status })
                .Select(g => new StatusCount(g.Key.UnitId, g.Key.ModuleId, g.Key.Status, g.Count()))
                .ToListAsync(cancellationToken);
        var membersPerUnit = await memberships.GroupBy(m => m.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var members = memberships.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MatrixMember { UserId = u.Id, Name = u.FullName, Email = u.Email, UnitId = m.UnitId, SortName = m.MemberName });
        var ordered = Ordered(members, cells, filter.Sort);
        var shown = await (pageSize is { } size ? ordered.Skip((filter.Page - 1) * size).Take(size) : ordered).ToListAsync(cancellationToken);
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
        return new ComplianceMatrix(moduleTotals, rows, membersPerUnit.Sum(u => u.Count), filter.Page, PageSize, unitTotals, filter);
    }

    // Memberships only: counting needs no name, and joining the users for every cell doubles the cost.
    private IQueryable<Membership> Memberships(int organisationId, MatrixFilter filter, IQueryable<CellStatusRow> cells, int moduleCount)
    {
        var memberships = db.Memberships.Where(m => m.OrganisationId == organisationId);
        if (filter.UnitId is { } unitId)
        {
            memberships = memberships.Where(m => m.UnitId == unitId);
        }

        return filter.Status switch
        {
            null => memberships,
            CellStatus.NotAssigned => memberships.Where(m => cells.Count(c => c.UserId == m.UserId) < moduleCount),
            var status => memberships.Where(m => cells.Where(c => c.Status == status).Select(c => c.UserId).Contains(m.UserId)),
        };
    }

    private IQueryable<MatrixMember> Ordered(IQueryable<MatrixMember> members, IQueryable<CellStatusRow> cells, string sort)
    {
        var collation = db.NameCollation;
        // The id last, so equal names keep their order from one page to the next.
        return sort == "overdue"
            ? members.OrderByDescending(m => cells.Count(c => c.UserId == m.UserId && c.Status == CellStatus.Overdue))
                .ThenBy(m => EF.Functions.Collate(m.SortName!, collation)).ThenBy(m => m.UserId)
            : members.OrderBy(m => EF.Functions.Collate(m.SortName!, collation)).ThenBy(m => m.UserId);
    }

    private static MatrixUnitTotal UnitTotal(string unit, IReadOnlyList<StatusCount> counts) =>
        new(unit, counts.Sum(c => c.Count), counts.Where(c => c.Status == CellStatus.Completed).Sum(c => c.Count),
            counts.Where(c => c.Status == CellStatus.Overdue).Sum(c => c.Count));
}
