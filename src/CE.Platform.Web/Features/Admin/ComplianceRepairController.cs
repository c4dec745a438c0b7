using System.Security.Claims;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Queues a rebuild of every organisation's kept compliance status (it also runs nightly).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ComplianceRepairController(IBackgroundJobClient jobs) : Controller
{
    [HttpPost("/admin/compliance/repair"), ValidateAntiForgeryToken]
    public IActionResult Repair()
    {
        var admin = User.FindFirstValue(ClaimTypes.NameIdentifier);
        jobs.Enqueue<ComplianceCellRepairJob>(job => job.RunAsync(null, admin, CancellationToken.None));
        TempData["Status"] = "The compliance status of every organisation is being rebuilt in the background; the audit log says how many cells differed.";
        return Redirect("/admin");
    }
}
