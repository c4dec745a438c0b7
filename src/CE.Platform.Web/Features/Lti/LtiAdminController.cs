using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>Administrators register LMS platforms and copy the tool's details into them.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/lti")]
public sealed class LtiAdminController(AppDbContext db, LtiRegistrations registrations, LtiToolKeys keys, LtiToolDetails details, AuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var list = await db.LtiRegistrations.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new LtiRegistrationRow(r.Id, r.Name, r.Issuer, r.ClientId, db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).Single(), r.Enabled))
            .ToListAsync(cancellationToken);
        return View(new LtiAdminPage(list, details.Describe(), (await keys.PublishedAsync(cancellationToken)).Keys[0].Kid));
    }

    [HttpGet("new")]
    public Task<IActionResult> New(CancellationToken cancellationToken) => EditPageAsync(null, new LtiRegistrationForm(), cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await registrations.FormAsync(id, cancellationToken) is { } form ? await EditPageAsync(id, form, cancellationToken) : NotFound();

    [HttpPost("new"), ValidateAntiForgeryToken]
    public Task<IActionResult> New(LtiRegistrationForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpPost("{id:int}"), ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(int id, LtiRegistrationForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    /// <summary>A new tool key signs from now on; the old one stays published so platforms that cached it keep verifying.</summary>
    [HttpPost("rotate-key"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RotateKey(CancellationToken cancellationToken)
    {
        var kid = await keys.RotateAsync(cancellationToken);
        await audit.RecordNowAsync("lti.tool-key-rotated", kid);
        TempData["Status"] = $"The tool signs with the new key {kid} from now on.";
        return Redirect("/admin/lti");
    }

    private async Task<IActionResult> SaveAsync(int? id, LtiRegistrationForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (savedId, problems) = await registrations.SaveAsync(id, form, cancellationToken);
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            if (savedId is not null)
            {
                TempData["Status"] = $"{form.Name} is saved; launches are {(form.Enabled ? "accepted" : "refused")}.";
                return Redirect("/admin/lti");
            }

            if (problems.Count == 0)
            {
                return NotFound();
            }
        }

        return await EditPageAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> EditPageAsync(int? id, LtiRegistrationForm form, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(cancellationToken);
        ViewData["Organisations"] = organisations;
        ViewData["RegistrationId"] = id;
        return View("Edit", form);
    }
}

public sealed record LtiRegistrationRow(int Id, string Name, string Issuer, string ClientId, string Organisation, bool Enabled);

public sealed record LtiAdminPage(IReadOnlyList<LtiRegistrationRow> Registrations, LtiToolDescription Tool, string SigningKeyId);
