using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Completions for licensing boards, as CSV, for a date range; exports are audited.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class BoardReportController(BoardReportQuery report, AuditLog audit, AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/admin/board-report")]
    public IActionResult Index()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return View((From: today.AddMonths(-1), To: today));
    }

    [HttpGet("/admin/board-report.csv")]
    public async Task<IActionResult> Csv(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from || to.DayNumber - from.DayNumber > 3660)
        {
            return BadRequest("Choose a start date before the end date, at most ten years apart.");
        }

        var built = await report.BuildAsync(from, to, cancellationToken);
        audit.Record("export.board-report", $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", $"{built.Lines.Count} line(s), {built.LeftOut} left out");
        await db.SaveChangesAsync(cancellationToken);
        return File(BoardReportQuery.ToCsv(built).ToBytes(), "text/csv", $"board-report-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
    }
}
