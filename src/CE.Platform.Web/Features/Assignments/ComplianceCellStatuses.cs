using CE.Platform.Web.Data;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>One learner × module cell of an organisation, as the database works it out.</summary>
public sealed class CellStatusRow
{
    public required string UserId { get; init; }
    public int ModuleId { get; init; }
    public CellStatus Status { get; init; }
}

/// <summary>
/// The status of assigned cells as a query the database runs. <see cref="Of"/> works it out from the
/// source tables (the from-scratch check the kept rows are compared with); <see cref="Kept"/> from
/// the inputs kept in <see cref="ComplianceCell"/>, exact at read time whatever the stored status says.
/// <see cref="Inputs"/> fills the kept rows. Same rules as <see cref="MatrixCellRules.Status"/>.
/// </summary>
public static class ComplianceCellStatuses
{
    /// <summary>Every assigned cell of one organisation, worked out from the source tables.</summary>
    public static IQueryable<CellStatusRow> Of(AppDbContext db, int organisationId, DateTime now, DateOnly today) =>
        WithStatus(Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == organisationId)), now, today);

    /// <summary>The kept cells of one organisation, the status worked out from their inputs at read time.</summary>
    public static IQueryable<CellStatusRow> Kept(AppDbContext db, int organisationId, DateTime now, DateOnly today) =>
        WithStatus(db.ComplianceCells.Where(c => c.OrganisationId == organisationId), now, today);

    // The reading is joined before grouping (one progress record per learner and module), so every
    // input of the status is an aggregate: SQLite refuses an aggregate inside a correlated subquery.
    // Members only, as the matrix shows them; reading before the member joined is the learner's own
    // (MemberRecords' consent boundary).
    public static IQueryable<ComplianceCell> Inputs(AppDbContext db, IQueryable<LearnerAssignment> cycles) =>
        (from l in cycles
         join p in db.ModuleProgress on new { l.UserId, l.ModuleId } equals new { p.UserId, p.ModuleId } into readings
         from p in readings.DefaultIfEmpty()
         join m in db.Memberships on new { l.OrganisationId, l.UserId } equals new { m.OrganisationId, m.UserId }
         select new
         {
             l.OrganisationId, l.UserId, l.ModuleId, l.DueDate, l.OpensAtUtc, l.CompletedAtUtc,
             m.UnitId,
             LastReadingUtc = p != null && p.LastActivityAtUtc >= m.JoinedAtUtc ? (DateTime?)p.LastActivityAtUtc : null,
         })
            .GroupBy(l => new { l.OrganisationId, l.UserId, l.ModuleId })
            .Select(g => new ComplianceCell
            {
                OrganisationId = g.Key.OrganisationId,
                UserId = g.Key.UserId,
                ModuleId = g.Key.ModuleId,
                UnitId = g.Max(l => l.UnitId),
                OpenDue = g.Where(l => l.CompletedAtUtc == null).Min(l => (DateOnly?)l.DueDate),
                OpenOpensAtUtc = g.Where(l => l.CompletedAtUtc == null).Min(l => (DateTime?)l.OpensAtUtc),
                LastDoneAtUtc = g.Max(l => l.CompletedAtUtc),
                LastReadingAtUtc = g.Max(l => l.LastReadingUtc),
            });

    public static IQueryable<CellStatusRow> WithStatus(IQueryable<ComplianceCell> cells, DateTime now, DateOnly today) =>
        cells.Select(c => new CellStatusRow
        {
            UserId = c.UserId,
            ModuleId = c.ModuleId,
            Status = c.OpenDue == null || (c.OpenOpensAtUtc > now && c.LastDoneAtUtc != null) ? CellStatus.Completed
                : c.OpenDue < today ? CellStatus.Overdue
                : c.LastReadingAtUtc >= c.OpenOpensAtUtc ? CellStatus.InProgress
                : CellStatus.NotStarted,
        });
}
