using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// An organisation's cells counted per unit, module and status from the kept totals: a few rows
/// whatever its size. Cells whose stored status time has changed since (<see cref="ComplianceCell.ChangesAtUtc"/>
/// passed, and the minutely job has not stored it yet) are worked out again here and moved to their
/// status now, so the counts are exact at read time.
/// </summary>
public static class KeptStatusCounts
{
    public static async Task<KeptCounts> ReadAsync(AppDbContext db, int organisationId, int? unitId, DateTime now, CancellationToken cancellationToken)
    {
        var totals = await db.ComplianceTotals.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && t.Count != 0 && (unitId == null || t.UnitKey == unitId))
            .Select(t => new StatusCount(t.UnitKey == ComplianceTotal.NoUnit ? null : t.UnitKey, t.ModuleId, t.Status, t.Count))
            .ToListAsync(cancellationToken);
        var changed = await db.ComplianceCells.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.ChangesAtUtc <= now && (unitId == null || c.UnitId == unitId))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now);
        var moves = changed.SelectMany(c => new[]
        {
            new StatusCount(c.UnitId, c.ModuleId, c.Status, -1),
            new StatusCount(c.UnitId, c.ModuleId, MatrixCellRules.Status(c.OpenDue, c.OpenOpensAtUtc, c.LastDoneAtUtc, c.LastReadingAtUtc, today, now), 1),
        });
        var counts = totals.Concat(moves)
            .GroupBy(c => (c.UnitId, c.ModuleId, c.Status))
            .Select(g => new StatusCount(g.Key.UnitId, g.Key.ModuleId, g.Key.Status, g.Sum(c => c.Count)))
            .Where(c => c.Count != 0)
            .ToList();
        return new KeptCounts(counts, changed.Count == 0);
    }
}

/// <summary>
/// The counts, and whether every stored status still holds (no cell's <see cref="ComplianceCell.ChangesAtUtc"/>
/// has passed), so what is kept from the stored statuses, such as <see cref="Organisations.Membership.OverdueCells"/>, is exact.
/// </summary>
public sealed record KeptCounts(IReadOnlyList<StatusCount> Counts, bool StoredStatusesHold);

/// <summary>How many cells of a unit (null: no unit) and module are in a status.</summary>
public sealed record StatusCount(int? UnitId, int ModuleId, CellStatus Status, int Count);
