using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>One learner × module cell of an organisation, as the database works it out.</summary>
public sealed class CellStatusRow
{
    public required string UserId { get; init; }
    public int ModuleId { get; init; }
    public int? UnitId { get; init; }
    public CellStatus Status { get; init; }

    /// <summary>What the kept row stores, and until when it holds (<see cref="ComplianceCell.ChangesAtUtc"/>).</summary>
    public CellStatus StoredStatus { get; init; }
    public DateTime? ChangesAtUtc { get; init; }
}

/// <summary>
/// The status of assigned cells as a query the database runs. <see cref="Of"/> works it out from the
/// source tables (the from-scratch check the kept rows are compared with); <see cref="KeptIn"/> finds
/// the kept cells in a status, exact at read time. <see cref="Inputs"/> fills the kept rows. Same rules as <see cref="MatrixCellRules.Status"/>.
/// </summary>
public static class ComplianceCellStatuses
{
    /// <summary>Every assigned cell of one organisation, worked out from the source tables.</summary>
    public static IQueryable<CellStatusRow> Of(AppDbContext db, int organisationId, DateTime now, DateOnly today) =>
        WithStatus(Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == organisationId)), now, today);

    /// <summary>
    /// The kept cells of one organisation in <paramref name="status"/> at read time: by the stored status while it
    /// holds, so an index finds them (by status, or member by member) and the cost follows the cells found or the
    /// page read, not the organisation; worked out again from the kept inputs where time has changed it since
    /// (<see cref="ComplianceCell.ChangesAtUtc"/> passed, not yet stored by the minutely job; an index on that time).
    /// </summary>
    /// <remarks>
    /// The organisation is written into the SQL (<see cref="EF.Constant{T}"/>), not sent as a parameter: the
    /// statement is prepared, and a plan made for an organisation of unknown size walks 50,000 members as if
    /// they were fifty. One statement per organisation and shape, and only those used five times are kept prepared.
    /// </remarks>
    public static IQueryable<CellStatusRow> KeptIn(AppDbContext db, int organisationId, CellStatus status, DateTime now, DateOnly today) =>
        WithStatus(db.ComplianceCells.Where(c => c.OrganisationId == EF.Constant(organisationId)), now, today)
            .Where(c => (c.StoredStatus == status && (c.ChangesAtUtc == null || c.ChangesAtUtc > now)) || (c.ChangesAtUtc <= now && c.Status == status));

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
                // Worked out from scratch, nothing is stored yet.
                Status = CellStatus.NotAssigned,
                ChangesAtUtc = null,
            });

    public static IQueryable<CellStatusRow> WithStatus(IQueryable<ComplianceCell> cells, DateTime now, DateOnly today) =>
        cells.Select(c => new CellStatusRow
        {
            UserId = c.UserId,
            ModuleId = c.ModuleId,
            UnitId = c.UnitId,
            StoredStatus = c.Status,
            ChangesAtUtc = c.ChangesAtUtc,
            Status = c.OpenDue == null || (c.OpenOpensAtUtc > now && c.LastDoneAtUtc != null) ? CellStatus.Completed
                : c.OpenDue < today ? CellStatus.Overdue
                : c.LastReadingAtUtc >= c.OpenOpensAtUtc ? CellStatus.InProgress
                : CellStatus.NotStarted,
        });
}
