using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Learning;

[Authorize]
public sealed class DashboardController(DashboardQuery dashboard) : Controller
{
    [HttpGet("/learning")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.ForAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken));
}
