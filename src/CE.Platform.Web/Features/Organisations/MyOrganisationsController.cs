using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>A member's organisations on their profile: what each sees, which earlier completions are shared, and leaving.</summary>
public sealed record MyOrganisation(int OrganisationId, string Name, DateTime JoinedAtUtc, bool IsCoordinator, IReadOnlyList<ShareableModule> Modules);

[Authorize]
[Route("profile/organisations")]
public sealed class MyOrganisationsController(AppDbContext db, MembershipChanges changes) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.Id();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.Id, m.OrganisationId, o.Name, m.JoinedAtUtc, m.IsCoordinator })
            .OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var list = new List<MyOrganisation>();
        foreach (var m in memberships)
        {
            list.Add(new MyOrganisation(m.OrganisationId, m.Name, m.JoinedAtUtc, m.IsCoordinator, await ShareableModules.OfAsync(db, userId, m.Id, cancellationToken)));
        }

        ViewData["ReportToBoards"] = await db.Users.Where(u => u.Id == userId).Select(u => u.ReportToBoards).SingleOrDefaultAsync(cancellationToken);
        return View(list);
    }

    [HttpPost("{id:int}/sharing"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Sharing(int id, int[]? share, CancellationToken cancellationToken)
    {
        if (!await changes.SetSharedAsync(id, User.Id(), share ?? [], cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "Your sharing was saved.";
        return Redirect("/profile/organisations");
    }

    [HttpPost("{id:int}/leave"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Leave(int id, CancellationToken cancellationToken)
    {
        if (!await changes.EndAsync(id, User.Id(), User.Id(), cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "You left the organisation. It no longer sees your records; your certificates and transcript are unchanged.";
        return Redirect("/profile/organisations");
    }
}
