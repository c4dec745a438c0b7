using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>Administrators connect an organisation to its OpenID Provider.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/organisations/{id:int}/sso")]
public sealed class SsoSettingsController(AppDbContext db, SsoSettings settings, PublicUrls urls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, null, cancellationToken);

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, SsoSettingsForm form, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            foreach (var (field, message) in await settings.SaveAsync(id, name, form, cancellationToken))
            {
                ModelState.AddModelError(field, message);
            }
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(id, form, cancellationToken);
        }

        TempData["Status"] = form.Enabled ? $"Single sign-on is on for {name}." : $"Single sign-on settings saved; it is off for {name}.";
        return Redirect($"/admin/organisations/{id}/sso");
    }

    private async Task<IActionResult> PageAsync(int id, SsoSettingsForm? form, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        var current = form ?? await settings.CurrentAsync(id, cancellationToken);
        current.ClientSecret = null;
        ViewData["Page"] = new SsoSettingsPage(id, name, await settings.SecretIsSetAsync(id, cancellationToken),
            urls.For(SsoPaths.Callback(id)), urls.For(SsoPaths.SignedOutCallback(id)));
        return View("Edit", current);
    }
}
