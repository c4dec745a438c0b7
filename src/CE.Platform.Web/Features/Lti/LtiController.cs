using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using CE.Platform.Web.Infrastructure.RateLimiting;

namespace CE.Platform.Web.Features.Lti;

/// <summary>The addresses the LMS calls: login initiation, launch, deep-linking answer and the tool's keyset.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // The platform posts here cross-site; the state (cookie-bound, single-use) and the signed id_token stand in for it.
[Route("lti")]
public sealed class LtiController(LtiLogin login, LtiLaunch launch, LtiResourceLaunch resourceLaunch, LtiDeepLinking deepLinking, LtiToolKeys keys, Catalog.CatalogQuery catalog, PublicUrls urls) : Controller
{
    [HttpGet("login"), HttpPost("login"), SharedRateLimit(RateLimits.LtiLogins)]
    public async Task<IActionResult> Login(CancellationToken cancellationToken)
    {
        // The platform may send the parameters as a query (GET) or a form (POST).
        string? Parameter(string name) => (Request.HasFormContentType ? Request.Form[name] : Request.Query[name]).FirstOrDefault();
        var result = await login.StartAsync(new LtiLoginRequest(Parameter("iss"), Parameter("login_hint"), Parameter("target_link_uri"), Parameter("lti_message_hint"), Parameter("client_id"), Parameter("lti_deployment_id")), urls.For(LtiPaths.Launch), cancellationToken);
        if (result.RedirectUrl is null)
        {
            return Refused(result.Refusal!, result.Registration is { } registration ? LtiRegistrationRules.FrameAncestors(registration) : null);
        }

        // Binds the answer to this browser (login CSRF); SameSite=None so it comes back on the platform's cross-site form post.
        Response.Cookies.Append(LtiSession.StateCookieName, result.State!, new CookieOptions
        {
            Path = "/lti", HttpOnly = true, Secure = true, SameSite = SameSiteMode.None, MaxAge = TimeSpan.FromMinutes(10), IsEssential = true,
        });
        return Redirect(result.RedirectUrl);
    }

    [HttpPost("launch")]
    public async Task<IActionResult> Launch([FromForm(Name = "id_token")] string? idToken, [FromForm(Name = "state")] string? state, CancellationToken cancellationToken)
    {
        var result = await launch.CheckAsync(idToken, state, Request.Cookies[LtiSession.StateCookieName], cancellationToken);
        Response.Cookies.Delete(LtiSession.StateCookieName, new CookieOptions { Path = "/lti", Secure = true, SameSite = SameSiteMode.None });
        if (result.Accepted is not { } accepted)
        {
            return Refused(result.Refusal!, result.FrameAncestors);
        }

        SecurityHeaders.AllowFraming(Response, result.FrameAncestors!);
        if (accepted.Message.MessageType == LtiClaims.DeepLinkingRequest)
        {
            return await PickAsync(deepLinking.Protect(accepted), accepted.Message.DeepLinkAcceptsMultiple, null, cancellationToken);
        }

        return Redirect(await resourceLaunch.CompleteAsync(accepted, HttpContext, cancellationToken));
    }

    [HttpPost("deep-linking")]
    public async Task<IActionResult> DeepLinking([FromForm(Name = "request")] string? request, [FromForm(Name = "modules")] string[]? modules, CancellationToken cancellationToken)
    {
        if (deepLinking.Unprotect(request) is not { } deepLinkingRequest)
        {
            return Refused("the module choice has expired or was altered; open the tool again from the LMS", null);
        }

        SecurityHeaders.AllowFraming(Response, deepLinkingRequest.FrameAncestors);
        var chosen = (modules ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            return await PickAsync(request!, deepLinkingRequest.AcceptsMultiple, "Choose at least one module.", cancellationToken);
        }

        if (await deepLinking.RespondAsync(deepLinkingRequest, chosen, cancellationToken) is not { } response)
        {
            return await PickAsync(request!, deepLinkingRequest.AcceptsMultiple,
                deepLinkingRequest.AcceptsMultiple ? "A chosen module is no longer offered; choose again." : "The LMS accepts one module here; choose one.", cancellationToken);
        }

        SecurityHeaders.AllowFraming(Response, response.FrameAncestors, new Uri(response.ReturnUrl).GetLeftPart(UriPartial.Authority));
        return View("AutoPost", response);
    }

    [HttpGet("jwks")]
    public async Task<IActionResult> Jwks(CancellationToken cancellationToken) => Json(await keys.PublishedAsync(cancellationToken));

    /// <summary>Where a page of the launched session sends a browser that has no session (expired, or cookies blocked in the frame).</summary>
    [HttpGet("session-ended")]
    public IActionResult SessionEnded() => View();

    private async Task<ViewResult> PickAsync(string request, bool acceptsMultiple, string? problem, CancellationToken cancellationToken) =>
        View("Pick", new LtiPickPage(request, acceptsMultiple, problem) { Courses = await catalog.ListAsync(cancellationToken) });

    private ViewResult Refused(string reason, string? frameAncestors)
    {
        if (frameAncestors is not null)
        {
            SecurityHeaders.AllowFraming(Response, frameAncestors);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Refused", reason);
    }
}
