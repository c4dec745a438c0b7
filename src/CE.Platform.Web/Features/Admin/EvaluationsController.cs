using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Activity evaluations in aggregate per module and learners' comments, on screen and as CSV.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EvaluationsController(EvaluationReportQuery report, EvaluationCommentsQuery comments, TimeProvider clock) : Controller
{
    [HttpGet("/admin/evaluations")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await report.ListAsync(cancellationToken));

    [HttpGet("/admin/evaluations.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        File(EvaluationReportQuery.ToCsv(await report.ListAsync(cancellationToken)).ToBytes(), "text/csv",
            $"evaluations-{clock.GetUtcNow():yyyy-MM-dd}.csv");

    [HttpGet("/admin/evaluations/{slug}/comments")]
    public async Task<IActionResult> Comments(string slug, int page = 1, CancellationToken cancellationToken = default) =>
        await comments.PageAsync(slug, Math.Max(1, page), cancellationToken) is { } found ? View(found) : NotFound();

    [HttpGet("/admin/evaluations/comments.csv")]
    public async Task<IActionResult> CommentsCsv(CancellationToken cancellationToken) =>
        File((await comments.CsvAsync(cancellationToken)).ToBytes(), "text/csv", $"evaluation-comments-{clock.GetUtcNow():yyyy-MM-dd}.csv");
}
