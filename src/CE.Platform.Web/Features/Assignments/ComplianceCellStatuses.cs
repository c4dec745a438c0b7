using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>One learner × module cell of an organisation, as the database works it out.</summary>
public sealed class CellStatusRow
{
    public required string UserId { get; init; }
    public int ModuleId { get; init; }
    public CellStatus Status { get; init; }
}

/// <summary>
/// The status of every assigned cell of one organisation, as a query the database runs, so the
/// matrix filters, sorts, pages and totals without reading the organisation's cycles into memory.
/// Same rules as <see cref="MatrixCellRules.Cell"/>, which works out the cells of the rows shown.
/// </summary>
public static class ComplianceCellStatuses
{
    // The reading is joined before grouping (one progress record per learner and module), so every
    // input of the status is an aggregate: SQLite refuses an aggregate inside a correlated subquery.
    public static IQueryable<CellStatusRow> Of(AppDbContext db, int organisationId, DateTime now, DateOnly today) =>
        (from l in db.LearnerAssignments.Where(l => l.OrganisationId == organisationId)
         join p in db.ModuleProgress.VisibleTo(db, organisationId) on new { l.UserId, l.ModuleId } equals new { p.UserId, p.ModuleId } into readings
         from p in readings.DefaultIfEmpty()
         select new { l.UserId, l.ModuleId, l.DueDate, l.OpensAtUtc, l.CompletedAtUtc, LastReadingUtc = (DateTime?)p!.LastActivityAtUtc })
            .GroupBy(l => new { l.UserId, l.ModuleId })
            .Select(g => new
            {
                g.Key.UserId,
                g.Key.ModuleId,
                OpenDue = g.Where(l => l.CompletedAtUtc == null).Min(l => (DateOnly?)l.DueDate),
                OpenOpens = g.Where(l => l.CompletedAtUtc == null).Min(l => (DateTime?)l.OpensAtUtc),
                LastDone = g.Max(l => l.CompletedAtUtc),
                LastReadingUtc = g.Max(l => l.LastReadingUtc),
            })
            .Select(c => new CellStatusRow
            {
                UserId = c.UserId,
                ModuleId = c.ModuleId,
                Status = c.OpenDue == null || (c.OpenOpens > now && c.LastDone != null) ? CellStatus.Completed
                    : c.OpenDue < today ? CellStatus.Overdue
                    : c.LastReadingUtc >= c.OpenOpens ? CellStatus.InProgress
                    : CellStatus.NotStarted,
            });
}
