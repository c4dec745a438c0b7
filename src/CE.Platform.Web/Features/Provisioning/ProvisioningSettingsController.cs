using System.ComponentModel.DataAnnotations;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

public sealed class ScimTokenForm
{
    [Required(ErrorMessage = "Name the token, for example after the system that will use it."), StringLength(ScimTokens.NameLimit), Display(Name = "Token name")]
    public string? Name { get; set; }
}

/// <summary>What the provisioning page shows besides the form; <see cref="NewToken"/> only in the answer to issuing it.</summary>
public sealed record ProvisioningPage(int OrganisationId, string OrganisationName, string BaseUrl, IReadOnlyList<ScimTokenRow> Tokens, string? NewToken);

/// <summary>Administrators issue and revoke an organisation's SCIM tokens, next to its single sign-on settings.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/organisations/{id:int}/provisioning")]
public sealed class ProvisioningSettingsController(AppDbContext db, ScimTokens tokens, PublicUrls urls) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, CancellationToken cancellationToken) => PageAsync(id, new ScimTokenForm(), null, cancellationToken);

    [HttpPost("tokens"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Issue(int id, ScimTokenForm form, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return NotFound();
        }

        // Shown in this answer only (no redirect, no-store): reloading the list never shows it again.
        var token = ModelState.IsValid ? await tokens.IssueAsync(id, form.Name!.Trim(), cancellationToken) : null;
        return await PageAsync(id, token is null ? form : new ScimTokenForm(), token, cancellationToken);
    }

    [HttpPost("tokens/{tokenId:int}/revoke"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int id, int tokenId, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(id, tokenId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "The token is revoked: requests with it are refused from now on.";
        return Redirect($"/admin/organisations/{id}/provisioning");
    }

    private async Task<IActionResult> PageAsync(int id, ScimTokenForm form, string? newToken, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        ViewData["Page"] = new ProvisioningPage(id, name, urls.For("/scim/v2/"), await tokens.ListAsync(id, cancellationToken), newToken);
        return View("Index", form);
    }
}
