using System.Globalization;
using System.Security.Claims;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// The session of a launched user: its own cookie (<c>ce.lti</c>, path /lti, SameSite=None; Secure), so it travels
/// inside the LMS's iframe while the site's own cookie stays SameSite=Lax. It holds who launched, from which
/// registration, in which role, and which origins may frame the pages.
/// </summary>
public static class LtiSession
{
    public const string Scheme = "Lti";
    public const string CookieName = "ce.lti";
    public const string StateCookieName = "ce.lti.state";
    public const string RegistrationClaim = "lti:registration";
    public const string RoleClaim = "lti:role";
    public const string FrameAncestorsClaim = "lti:frame-ancestors";
    public const string LinkClaim = "lti:link";
    public const string InstructorPolicy = "LtiInstructor";

    public static ClaimsPrincipal Principal(string userId, string name, LtiRegistration registration, LtiRole role, int linkId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, name),
                new Claim(RegistrationClaim, registration.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(RoleClaim, role.ToString()),
                new Claim(FrameAncestorsClaim, LtiRegistrationRules.FrameAncestors(registration)),
                new Claim(LinkClaim, linkId.ToString(CultureInfo.InvariantCulture)),
            ],
            Scheme));

    public static int RegistrationId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(RegistrationClaim) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>The placement (<see cref="LtiResourceLink"/>) the session was launched from.</summary>
    public static int LinkId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(LinkClaim) ?? "0", CultureInfo.InvariantCulture);
}
