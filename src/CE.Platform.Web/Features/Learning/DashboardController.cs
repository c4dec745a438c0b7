using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Learning;

[Authorize]
public sealed class DashboardController(DashboardQuery dashboard, LearnerAssignmentsQuery assigned) : Controller
{
    [HttpGet("/learning")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.Id();
        ViewData["Assigned"] = await assigned.ForAsync(userId, cancellationToken);
        return View(await dashboard.ForAsync(userId, cancellationToken));
    }
}
