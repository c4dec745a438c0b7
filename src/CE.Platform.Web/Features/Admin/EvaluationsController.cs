using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Activity evaluations in aggregate per module, on screen and as CSV.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EvaluationsController(EvaluationReportQuery report, TimeProvider clock) : Controller
{
    [HttpGet("/admin/evaluations")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await report.ListAsync(cancellationToken));

    [HttpGet("/admin/evaluations.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        File(EvaluationReportQuery.ToCsv(await report.ListAsync(cancellationToken)).ToBytes(), "text/csv",
            $"evaluations-{clock.GetUtcNow():yyyy-MM-dd}.csv");
}
