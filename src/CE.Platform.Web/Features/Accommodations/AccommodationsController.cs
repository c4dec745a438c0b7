using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Accommodations;

/// <summary>Accommodations for the learners of an organisation the caller coordinates (admins: any).</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("coordinator/{id:int}/accommodations")]
public sealed class AccommodationsController(OrganisationScope scope, AccommodationService accommodations, OrganisationPeopleQuery people, AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        await scope.FindAsync(id, cancellationToken) is { } organisation ? await PageAsync(organisation, new AccommodationForm(), cancellationToken) : NotFound();

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Grant(int id, AccommodationForm form, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await accommodations.GrantAsync(organisation, form, scope.UserId, ModelState.AddModelError, cancellationToken))
        {
            TempData["Status"] = "The accommodation is granted. The learner sees it on the module page.";
            return Redirect($"/coordinator/{id}/accommodations");
        }

        return await PageAsync(organisation, form, cancellationToken);
    }

    private async Task<ViewResult> PageAsync(Organisation organisation, AccommodationForm form, CancellationToken cancellationToken)
    {
        ViewData["Organisation"] = organisation;
        ViewData["People"] = await people.ListAsync(organisation, cancellationToken);
        ViewData["Modules"] = await db.Modules.AsNoTracking().Where(m => m.RetiredAtUtc == null && m.CurrentVersionId != null).OrderBy(m => m.Position)
            .Select(m => new { m.Slug, m.CurrentVersion!.Title }).ToDictionaryAsync(m => m.Slug, m => m.Title, cancellationToken);
        ViewData["Granted"] = await accommodations.ListAsync(organisation.Id, cancellationToken);
        return View("Index", form);
    }
}
