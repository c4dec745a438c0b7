using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// Public verification, no sign-in. The link in the certificate (a 128-bit token) shows every fact
/// the certificate prints; a bare certificate number, which can be guessed at, shows only whether
/// it is valid, and look-ups by number are rate-limited more tightly.
/// </summary>
[AllowAnonymous]
public sealed class VerifyController(CertificateQueries certificates, SigningKeyStore keys, IOptions<SiteOptions> site) : Controller
{
    public const string NumberLookupPolicy = "certificate-number-lookup";
    public const string TokenLookupPolicy = "certificate-token-lookup";

    [HttpGet("/verify")]
    [SharedRateLimit(NumberLookupPolicy)]
    public async Task<IActionResult> Lookup(string? number, CancellationToken cancellationToken) =>
        number is null ? View(NumberLookup.Empty) : await NumberAsync(number, cancellationToken);

    /// <summary>A certificate number in the path (17 characters, CE-yyyy-xxxx-xxxx).</summary>
    [HttpGet("/verify/{number:length(17)}")]
    [SharedRateLimit(NumberLookupPolicy)]
    public Task<IActionResult> Number(string number, CancellationToken cancellationToken) => NumberAsync(number, cancellationToken);

    [HttpGet("/verify/{token:length(22)}")]
    [SharedRateLimit(TokenLookupPolicy)]
    public async Task<IActionResult> Certificate(string token, CancellationToken cancellationToken) =>
        await VerifyAsync(token, cancellationToken) is { } verification ? View(verification) : NotFoundPage(token);

    [HttpGet("/verify/{token:length(22)}.json")]
    [SharedRateLimit(TokenLookupPolicy)]
    public async Task<IActionResult> CertificateJson(string token, CancellationToken cancellationToken) =>
        await VerifyAsync(token, cancellationToken) is { } verification ? Json(verification) : NotFound(new { status = "not-found" });

    [HttpGet("/.well-known/jwks.json")]
    public async Task<IActionResult> Keys(CancellationToken cancellationToken) =>
        Json(new JsonWebKeySet(await keys.PublishedAsync(cancellationToken)));

    private async Task<IActionResult> NumberAsync(string typed, CancellationToken cancellationToken)
    {
        var normalised = CertificateNumber.Normalise(typed);
        var found = normalised is null ? null : await certificates.ByNumberAsync(normalised, cancellationToken);
        return found is null ? NotFoundPage(typed) : View("Lookup", NumberLookup.Of(typed, found));
    }

    private ViewResult NotFoundPage(string typed)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Lookup", NumberLookup.NotFound(typed));
    }

    private async Task<Verification?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        if (await certificates.ByTokenAsync(token, cancellationToken) is not { } certificate)
        {
            return null;
        }

        var verification = Verification.Of(certificate, await keys.RecentlyPublishedAsync(cancellationToken), site.Value.PublicUrl);
        // Signed by a key newer than the cached list (rotated on another instance): check with all keys.
        return verification.SignatureValid ? verification : Verification.Of(certificate, await keys.PublishedAsync(cancellationToken), site.Value.PublicUrl);
    }
}
