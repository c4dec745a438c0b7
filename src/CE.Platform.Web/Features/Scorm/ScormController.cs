using CE.Platform.Web.Infrastructure.RateLimiting;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// The endpoints a SCORM package's launch page talks to from the LMS's origin (CORS on these only),
/// and the launch link it opens in its frame.
/// </summary>
[Route("scorm")]
public sealed class ScormController(ScormLaunchRequests requests, ScormLaunchOpening opening, ScormStatusQuery status, RateLimitGate limits) : Controller
{
    /// <summary>A form post (a CORS "simple request": no preflight) carrying the package token and the LMS's learner.</summary>
    [HttpPost("dispatches/{id:int}/launch"), IgnoreAntiforgeryToken]
    public async Task<IActionResult> Launch(int id, [FromForm] string? token, [FromForm] string? learnerId, [FromForm] string? learnerName, CancellationToken cancellationToken)
    {
        if (EmbeddedSession.ParseOrigin(Request.Headers.Origin) is not { } origin)
        {
            return Refused(ScormRefusal.NoOrigin);
        }

        // Credentialed CORS for the one origin that asked: the answer sets the browser-binding cookie.
        Response.Headers.AccessControlAllowOrigin = origin;
        Response.Headers.AccessControlAllowCredentials = "true";
        Response.Headers.Vary = "Origin";
        if (!await limits.AdmitAsync(RateLimits.ScormLaunches, HttpContext))
        {
            return Refused(ScormRefusal.TooManyLaunches);
        }

        var (grant, refusal) = await requests.RequestAsync(id, origin, new ScormLearner(token, learnerId, learnerName), cancellationToken);
        if (grant is null)
        {
            return Refused(refusal!);
        }

        EmbeddedSession.Begin(HttpContext, origin);
        Response.Cookies.Append(ScormBinding.CookieName, grant.Binding, new CookieOptions
        {
            Path = ScormBinding.CookiePath, HttpOnly = true, MaxAge = ScormLimits.LaunchValidFor, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps,
        });
        return Json(new { grant.LaunchUrl, grant.StatusUrl });
    }

    [HttpGet("launch/{token}")]
    public async Task<IActionResult> Open(string token, CancellationToken cancellationToken)
    {
        var (slug, refusal) = await opening.OpenAsync(HttpContext, token, cancellationToken);
        if (refusal is not null)
        {
            EmbeddedSession.AllowAnyAncestor(HttpContext);
            Response.StatusCode = refusal.Status;
            return View("Refused", refusal);
        }

        return Redirect($"/modules/{slug}");
    }

    /// <summary>Read-only progress for the launch page's poll; the token is the only key, so any origin may read it.</summary>
    [HttpGet("registrations/{token}/status")]
    public async Task<IActionResult> Status(string token, CancellationToken cancellationToken)
    {
        Response.Headers.AccessControlAllowOrigin = "*";
        return await status.ForTokenAsync(token, cancellationToken) is { } found ? Json(found) : NotFound(new { title = "Unknown registration" });
    }

    private static JsonResult Refused(ScormRefusal refusal) => new(new { refusal.Title, refusal.Message }) { StatusCode = refusal.Status };
}
