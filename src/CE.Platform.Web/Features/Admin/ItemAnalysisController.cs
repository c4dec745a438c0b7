using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Item analysis of the quizzes for administrators and the CE committee: per module, per item, as CSV; recomputed nightly or on request.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ItemAnalysisController(ItemAnalysisQuery query, IBackgroundJobClient jobs, TimeProvider clock) : Controller
{
    [HttpGet("/admin/item-analysis")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await query.ListAsync(cancellationToken));

    [HttpGet("/admin/item-analysis/{slug}")]
    public async Task<IActionResult> Module(string slug, string? scope, string? sort, string? order, CancellationToken cancellationToken)
    {
        var request = ItemAnalysisRequest.Parse(scope, sort, order);
        return await query.ModuleAsync(slug, request.Scope, cancellationToken) is { } analysis ? View(new ItemAnalysisPage(analysis, request)) : NotFound();
    }

    [HttpGet("/admin/item-analysis/{slug}.csv")]
    public async Task<IActionResult> Csv(string slug, string? scope, CancellationToken cancellationToken)
    {
        var request = ItemAnalysisRequest.Parse(scope, null, null);
        return await query.ModuleAsync(slug, request.Scope, cancellationToken) is { } analysis
            ? File(ItemAnalysisCsv.For(analysis).ToBytes(), "text/csv", $"item-analysis-{slug}-{request.ScopeValue}-{clock.GetUtcNow():yyyy-MM-dd}.csv")
            : NotFound();
    }

    /// <summary>Queues a run of the nightly job now; the page shows when the report was computed.</summary>
    [HttpPost("/admin/item-analysis/recompute"), ValidateAntiForgeryToken]
    public IActionResult Recompute(string? module)
    {
        jobs.Enqueue<ItemAnalysisJob>(job => job.RunAsync(CancellationToken.None));
        TempData["Status"] = "Item analysis is being recomputed in the background; reload in a minute and check the time it was computed.";
        return string.IsNullOrEmpty(module) ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Module), new { slug = module });
    }
}
