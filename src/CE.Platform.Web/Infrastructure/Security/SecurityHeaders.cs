namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Response headers that shut whole classes of attack: a Content-Security-Policy with no inline
/// script or style anywhere the app renders (the only script is wwwroot/js), no framing, no MIME
/// sniffing, and referrers trimmed to the origin when leaving the site (verification links carry tokens).
/// Framing is decided when the response starts, after sign-in: a session embedded by an LMS launch may be
/// framed by that LMS's origin only (<see cref="EmbeddedSession"/>).
/// </summary>
public static class SecurityHeaders
{
    public const string Policy = PolicyUpToAncestors + "'none'";

    private const string PolicyUpToAncestors =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    // Hangfire's dashboard ships inline scripts and styles; it is admin-only and kept unframeable.
    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Lets <paramref name="frameAncestors"/> (an LMS's origins) frame this response, and forms post to
    /// <paramref name="formTarget"/> when given: for LTI pages only, which set it themselves.
    /// </summary>
    public static void AllowFraming(HttpResponse response, string frameAncestors, string? formTarget = null)
    {
        var policy = Policy.Replace("frame-ancestors 'none'", $"frame-ancestors {frameAncestors}", StringComparison.Ordinal);
        response.Headers.ContentSecurityPolicy = formTarget is null ? policy : policy.Replace("form-action 'self'", $"form-action 'self' {formTarget}", StringComparison.Ordinal);
        response.Headers.Remove("X-Frame-Options");
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string dashboardPath) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            var dashboard = context.Request.Path.StartsWithSegments(dashboardPath);
            headers.ContentSecurityPolicy = dashboard ? DashboardPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            context.Response.OnStarting(() =>
            {
                var ancestors = EmbeddedSession.FrameAncestors(context);
                if (!dashboard && ancestors != "'none'")
                {
                    // X-Frame-Options cannot name an origin; browsers that know CSP level 2 ignore it anyway.
                    headers.ContentSecurityPolicy = PolicyUpToAncestors + ancestors;
                    headers.Remove("X-Frame-Options");
                }

                return Task.CompletedTask;
            });
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next();
        });
}
