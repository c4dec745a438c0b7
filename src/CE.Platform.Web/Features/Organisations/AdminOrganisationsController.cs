using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>Administrators create organisations and appoint their coordinators.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/organisations")]
public sealed class AdminOrganisationsController(AppDbContext db, Invitations invitations, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await ListAsync(new OrganisationForm(), cancellationToken);

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(OrganisationForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.Name == form.Name!.Trim(), cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), "An organisation with this name exists.");
        }

        if (!ModelState.IsValid)
        {
            return await ListAsync(form, cancellationToken);
        }

        var organisation = new Organisation { Name = form.Name!.Trim(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Organisations.Add(organisation);
        audit.Record("organisation.created", organisation.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/coordinator/{organisation.Id}");
    }

    private async Task<ViewResult> ListAsync(OrganisationForm form, CancellationToken cancellationToken)
    {
        ViewData["Organisations"] = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(o.Id, o.Name, db.Memberships.Count(m => m.OrganisationId == o.Id), db.Memberships.Count(m => m.OrganisationId == o.Id && m.IsCoordinator),
                db.SsoConnections.Where(c => c.OrganisationId == o.Id).Select(c => (bool?)c.Enabled).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return View(nameof(Index), form);
    }

    [HttpPost("{id:int}/coordinators"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AppointCoordinator(int id, InviteForm form, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            TempData["Status"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return Redirect($"/coordinator/{id}");
        }

        var outcome = await invitations.InviteAsync(id, organisation.Name, new InvitationRow(0, form.Name!.Trim(), form.Email!.Trim(), form.Unit), User.Id(), asCoordinator: true, cancellationToken);
        // The admin's decision; for an existing account the role follows acceptance (the membership.invited entry beside it says so).
        audit.Record("role.coordinator-appointed", form.Email!.Trim(), organisation.Name);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = outcome == InvitationOutcome.Pending
            ? $"{form.Email} has an account: they were emailed an invitation and coordinate {organisation.Name} once they accept it."
            : $"{form.Email} now coordinates {organisation.Name}.";
        return Redirect($"/coordinator/{id}");
    }
}

/// <summary>One row of the administrator's list; <paramref name="SsoEnabled"/> is null when single sign-on was never set up.</summary>
public sealed record OrganisationSummary(int Id, string Name, int Members, int Coordinators, bool? SsoEnabled);
