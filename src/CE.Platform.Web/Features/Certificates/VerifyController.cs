using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// Public verification, no sign-in. The link in the certificate (a 128-bit token) shows the
/// certificate's facts; a bare certificate number, which can be guessed at, shows only whether it
/// is valid or revoked, and look-ups by number are rate-limited.
/// </summary>
[AllowAnonymous]
public sealed class VerifyController(CertificateQueries certificates, SigningKeyStore keys, IOptions<SiteOptions> site) : Controller
{
    public const string NumberLookupPolicy = "certificate-number-lookup";
    public const string TokenLookupPolicy = "certificate-token-lookup";

    [HttpGet("/verify")]
    [EnableRateLimiting(NumberLookupPolicy)]
    public async Task<IActionResult> Lookup(string? number, CancellationToken cancellationToken)
    {
        if (number is null)
        {
            return View(new NumberLookup(null, null));
        }

        var normalised = CertificateNumber.Normalise(number);
        var found = normalised is null ? null : await certificates.ByNumberAsync(normalised, cancellationToken);
        return View(new NumberLookup(number, found is null ? null : found.Status == CertificateStatus.Revoked ? Verification.Revoked : found.Status == CertificateStatus.Superseded ? Verification.Superseded : Verification.Valid));
    }

    [HttpGet("/verify/{token}")]
    [EnableRateLimiting(TokenLookupPolicy)]
    public async Task<IActionResult> Certificate(string token, CancellationToken cancellationToken) =>
        await VerifyAsync(token, cancellationToken) is { } verification ? View(verification) : NotFound();

    [HttpGet("/verify/{token}.json")]
    [EnableRateLimiting(TokenLookupPolicy)]
    public async Task<IActionResult> CertificateJson(string token, CancellationToken cancellationToken) =>
        await VerifyAsync(token, cancellationToken) is { } verification ? Json(verification) : NotFound(new { status = "not-found" });

    [HttpGet("/.well-known/jwks.json")]
    public async Task<IActionResult> Keys(CancellationToken cancellationToken) =>
        Json(new JsonWebKeySet(await keys.PublishedAsync(cancellationToken)));

    private async Task<Verification?> VerifyAsync(string token, CancellationToken cancellationToken) =>
        await certificates.ByTokenAsync(token, cancellationToken) is { } certificate
            ? Verification.Of(certificate, await keys.PublishedAsync(cancellationToken), site.Value.PublicUrl)
            : null;
}

public sealed record NumberLookup(string? Typed, string? Status);
