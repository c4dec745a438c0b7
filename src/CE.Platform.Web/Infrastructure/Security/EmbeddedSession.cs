using System.Security.Claims;
using Microsoft.AspNetCore.CookiePolicy;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// The one place that decides "this request belongs to a session embedded in a frame of origin X"
/// (an LMS launch: SCORM today, LTI alike). Such a response may be framed by X only
/// (CSP <c>frame-ancestors X</c>, see <see cref="SecurityHeaders"/>), and over HTTPS the session's
/// cookies become <c>SameSite=None; Secure; Partitioned</c>: the LMS is another site, so Lax or
/// Strict cookies would never reach us inside its frame, and partitioning keeps the embedded
/// session in the LMS's own cookie jar, apart from a session on our site. Every other request
/// keeps the site's defaults: unframeable, Lax/Strict cookies.
/// </summary>
public static class EmbeddedSession
{
    /// <summary>Claim of a session signed in by a launch: the origin that frames it.</summary>
    public const string OriginClaim = "ce.embedded-origin";

    private const string OriginItem = "ce.embedded-origin";
    private const string AnyAncestorItem = "ce.frameable-refusal";

    /// <summary>Marks the current request as embedded before its sign-in cookie is written (the principal is not on the request yet).</summary>
    public static void Begin(HttpContext context, string origin) => context.Items[OriginItem] = origin;

    public static Claim ClaimFor(string origin) => new(OriginClaim, origin);

    public static string? OriginOf(HttpContext context) =>
        context.Items[OriginItem] as string ?? context.User.FindFirstValue(OriginClaim);

    /// <summary>
    /// A launch refused before anyone knows the framing origin (tampered or reused link) still shows
    /// its explanation inside the LMS's frame: such a page has no form and no session, so any ancestor may frame it.
    /// </summary>
    public static void AllowAnyAncestor(HttpContext context) => context.Items[AnyAncestorItem] = true;

    /// <summary>The CSP frame-ancestors source for this response: 'none' unless embedded.</summary>
    public static string FrameAncestors(HttpContext context) =>
        OriginOf(context) ?? (context.Items.ContainsKey(AnyAncestorItem) ? "*" : "'none'");

    /// <summary>
    /// An Origin header fit to be a frame-ancestors source: http(s), a host, no path, no wildcard.
    /// Returns the normalised origin or null ("null" origins of sandboxed or file pages are refused).
    /// </summary>
    public static string? ParseOrigin(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 200 || !Uri.TryCreate(header, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.AbsolutePath != "/"
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo) || header.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }

    public static IServiceCollection AddEmbeddedSessions(this IServiceCollection services) =>
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.OnAppendCookie = context => Embed(context.Context, context.CookieOptions);
            options.OnDeleteCookie = context => Embed(context.Context, context.CookieOptions);
        });

    // SameSite=None needs Secure, and Secure needs HTTPS: over plain HTTP (development) only same-site framing can work.
    private static void Embed(HttpContext context, CookieOptions cookie)
    {
        if (context.Request.IsHttps && OriginOf(context) is not null)
        {
            cookie.SameSite = SameSiteMode.None;
            cookie.Secure = true;
            cookie.Extensions.Add("Partitioned");
        }
    }
}
