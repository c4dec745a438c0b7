using System.ComponentModel.DataAnnotations;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Certificates;

public sealed class CertificateActionForm
{
    /// <summary>The public reason category of a revocation; shown on the verify page.</summary>
    public static readonly string[] RevocationCategories = ["Issued in error", "Completion requirements not met", "Academic misconduct", "Duplicate record", "Other"];

    public string? Category { get; set; }

    [Required(ErrorMessage = "Give the reason; it is kept in the audit log."), StringLength(500, MinimumLength = 5, ErrorMessage = "Write between {2} and {1} characters.")]
    public string? Reason { get; set; }
}

[Authorize(Policy = Policies.Admin)]
[Route("admin/certificates")]
public sealed class CertificateAdminController(CertificateAdministration administration, CertificateQueries certificates, SigningKeyStore keys, AuditLog audit, Data.AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        ViewData["Query"] = q;
        ViewData["Keys"] = await keys.PublishedAsync(cancellationToken);
        return View(await administration.SearchAsync(q, cancellationToken));
    }

    [HttpGet("{number}")]
    public Task<IActionResult> Details(string number, CancellationToken cancellationToken) => DetailsWithErrorsAsync(number, cancellationToken);

    [HttpPost("{number}/revoke"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(string number, CertificateActionForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await DetailsWithErrorsAsync(number, cancellationToken);
        }

        if (!CertificateActionForm.RevocationCategories.Contains(form.Category))
        {
            ModelState.AddModelError(nameof(form.Category), "Choose the reason category shown on the verification page.");
            return await DetailsWithErrorsAsync(number, cancellationToken);
        }

        TempData["Status"] = await administration.RevokeAsync(number, form.Category!, form.Reason!, cancellationToken)
            ? $"Certificate {number} is revoked. Its verification page now says so."
            : $"Certificate {number} is not valid, so it was not revoked.";
        return RedirectToAction(nameof(Details), new { number });
    }

    [HttpPost("{number}/reissue"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Reissue(string number, CertificateActionForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await DetailsWithErrorsAsync(number, cancellationToken);
        }

        var copy = await administration.ReissueAsync(number, form.Reason!, cancellationToken);
        TempData["Status"] = copy is null ? $"Certificate {number} is not valid, so it was not reissued." : $"Reissued as {copy}; {number} is marked superseded.";
        return RedirectToAction(nameof(Details), new { number = copy ?? number });
    }

    [HttpPost("keys/rotate"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RotateKey(CancellationToken cancellationToken)
    {
        var keyId = await keys.RotateAsync(cancellationToken);
        audit.Record("signing-key.rotated", keyId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = $"New signing key {keyId} is active. Certificates signed with earlier keys still verify.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> DetailsWithErrorsAsync(string number, CancellationToken cancellationToken)
    {
        if (await certificates.ByNumberAsync(number, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        ViewData["Channel"] = await certificates.ChannelOfAsync(certificate, cancellationToken);
        return View(nameof(Details), certificate);
    }
}
