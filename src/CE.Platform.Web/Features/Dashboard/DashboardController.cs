using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>An organisation's dashboard: three charts of its compliance, each with its table. Another organisation's id answers 404.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("coordinator/{id:int}/dashboard")]
public sealed class DashboardController(OrganisationScope scope, DashboardQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id, string? module, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        int? moduleId = int.TryParse(module, out var parsed) ? parsed : null;
        var dashboard = await query.BuildAsync(organisation, moduleId, cancellationToken);
        // A module the organisation has not assigned (or not a number) shows everything, and says so.
        if (!string.IsNullOrEmpty(module) && dashboard.ModuleId is null)
        {
            ViewData["Notice"] = "That module is not assigned in this organisation, so the charts show all modules.";
        }

        return View((organisation, dashboard));
    }
}
