using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Rebuilds the kept <see cref="ComplianceCell"/> rows and <see cref="ComplianceTotal"/> counts from the
/// source tables, and the members' kept names (<see cref="MemberNames"/>) from their accounts, for one
/// organisation or all, and says how many differed: nightly, and on demand from the admin page. A
/// difference means a write path passed the kept rows by: a bug, a change made in the database by hand,
/// or an instance of an older release writing during a rolling upgrade (docs/operations.md); it is
/// logged as a warning and audited.
/// </summary>
public sealed class ComplianceCellRepairJob(AppDbContext db, AuditLog audit, TimeProvider clock, ILogger<ComplianceCellRepairJob> logger)
{
    public const string RecurringJobId = "compliance-cell-repair";

    private const int LearnersPerTransaction = 500;

    public async Task<ComplianceRepairResult> RunAsync(int? organisationId, string? requestedBy, CancellationToken cancellationToken)
    {
        var organisations = await db.LearnerAssignments.Select(l => l.OrganisationId).Union(db.ComplianceCells.Select(c => c.OrganisationId))
            .Where(id => organisationId == null || id == organisationId).Distinct().ToListAsync(cancellationToken);
        var result = new ComplianceRepairResult(0, 0, await RepairMemberNamesAsync(organisationId, cancellationToken));
        foreach (var organisation in organisations)
        {
            result += await RepairAsync(organisation, cancellationToken);
        }

        if (result.AnyDiffering)
        {
            logger.LogWarning("Compliance cells repaired: {Cells} cells, {Totals} totals and {Names} member names differed from the source tables",
                result.CellsDiffering, result.TotalsDiffering, result.NamesDiffering);
        }

        if (requestedBy is not null || result.AnyDiffering)
        {
            await audit.RecordNowAsync("compliance.repaired", requestedBy ?? "system",
                $"{(organisationId is { } id ? $"organisation {id}" : "all organisations")}: {result.CellsDiffering} cells, {result.TotalsDiffering} totals and {result.NamesDiffering} member names differed");
        }

        return result;
    }

    private async Task<ComplianceRepairResult> RepairAsync(int organisationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var learners = await db.LearnerAssignments.Where(l => l.OrganisationId == organisationId).Select(l => l.UserId)
            .Union(db.ComplianceCells.Where(c => c.OrganisationId == organisationId).Select(c => c.UserId)).ToListAsync(cancellationToken);
        var cellsDiffering = 0;
        foreach (var chunk in learners.Chunk(LearnersPerTransaction))
        {
            cellsDiffering += await db.InTransactionAsync(async () =>
            {
                var differing = await DifferingCellsAsync(organisationId, chunk, cancellationToken);
                await ComplianceCellUpdater.RefreshAsync(db, chunk, now, cancellationToken);
                return differing;
            }, cancellationToken);
        }

        var totalsDiffering = await db.InTransactionAsync(() => RebuildTotalsAsync(organisationId, cancellationToken), cancellationToken);
        return new ComplianceRepairResult(cellsDiffering, totalsDiffering + await RepairMemberCountsAsync(organisationId, cancellationToken), 0);
    }

    // The members' kept counts (Membership.AssignedCells, OverdueCells) from the repaired cells, in one statement.
    private Task<int> RepairMemberCountsAsync(int organisationId, CancellationToken cancellationToken)
    {
        var cells = db.ComplianceCells.Where(c => c.OrganisationId == organisationId);
        return db.Memberships
            .Where(m => m.OrganisationId == organisationId
                && (m.AssignedCells != cells.Count(c => c.UserId == m.UserId) || m.OverdueCells != cells.Count(c => c.UserId == m.UserId && c.Status == CellStatus.Overdue)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.AssignedCells, m => cells.Count(c => c.UserId == m.UserId))
                .SetProperty(m => m.OverdueCells, m => cells.Count(c => c.UserId == m.UserId && c.Status == CellStatus.Overdue)), cancellationToken);
    }

    // One statement for every member whatever the organisation's size: the matrix orders people by these names.
    private Task<int> RepairMemberNamesAsync(int? organisationId, CancellationToken cancellationToken) =>
        MemberNames.CopyAsync(db, MemberNames.Stale(db, db.Memberships.Where(m => organisationId == null || m.OrganisationId == organisationId)), cancellationToken);

    // Inputs only: a status that time changed and no job has stored yet is expected, not a fault.
    private async Task<int> DifferingCellsAsync(int organisationId, string[] learners, CancellationToken cancellationToken)
    {
        var kept = await db.ComplianceCells.AsNoTracking().Where(c => c.OrganisationId == organisationId && learners.Contains(c.UserId)).ToListAsync(cancellationToken);
        var fresh = await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == organisationId && learners.Contains(l.UserId)))
            .AsNoTracking().ToListAsync(cancellationToken);
        return ComplianceCellRows.DifferingInputs(kept, fresh);
    }

    private async Task<int> RebuildTotalsAsync(int organisationId, CancellationToken cancellationToken)
    {
        var counted = await db.ComplianceCells.Where(c => c.OrganisationId == organisationId)
            .GroupBy(c => new { UnitKey = c.UnitId ?? ComplianceTotal.NoUnit, c.ModuleId, c.Status })
            .Select(g => new ComplianceTotal { OrganisationId = organisationId, UnitKey = g.Key.UnitKey, ModuleId = g.Key.ModuleId, Status = g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var kept = await db.ComplianceTotals.AsNoTracking().Where(t => t.OrganisationId == organisationId && t.Count != 0).ToListAsync(cancellationToken);
        var keptCounts = kept.ToDictionary(TotalKey, t => t.Count);
        var countedCounts = counted.ToDictionary(TotalKey, t => t.Count);
        var differing = keptCounts.Keys.Union(countedCounts.Keys).Count(k => keptCounts.GetValueOrDefault(k) != countedCounts.GetValueOrDefault(k));
        if (differing == 0)
        {
            return 0;
        }

        await db.ComplianceTotals.Where(t => t.OrganisationId == organisationId).ExecuteDeleteAsync(cancellationToken);
        db.ComplianceTotals.AddRange(counted);
        await db.SaveChangesAsync(cancellationToken);
        return differing;
    }

    private static string TotalKey(ComplianceTotal t) => $"{t.UnitKey}|{t.ModuleId}|{(int)t.Status}";
}

public sealed record ComplianceRepairResult(int CellsDiffering, int TotalsDiffering, int NamesDiffering)
{
    public bool AnyDiffering => CellsDiffering + TotalsDiffering + NamesDiffering > 0;

    public static ComplianceRepairResult operator +(ComplianceRepairResult a, ComplianceRepairResult b) =>
        new(a.CellsDiffering + b.CellsDiffering, a.TotalsDiffering + b.TotalsDiffering, a.NamesDiffering + b.NamesDiffering);
}
