using System.Security.Claims;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Which roles must sign in with a second factor (Security:RequireTwoFactorForRoles, comma-separated),
/// and whether a signed-in person has enrolled, read from a claim set at sign-in so no request needs the database.
/// </summary>
public sealed class TwoFactorRequirement(IConfiguration configuration)
{
    public const string EnrolledClaim = "ce:two-factor";

    /// <summary>The value of <see cref="EnrolledClaim"/> for a session whose single sign-on showed multi-factor evidence (amr or acr).</summary>
    public const string ProviderMfa = "provider-mfa";

    private readonly string[] roles = (configuration["Security:RequireTwoFactorForRoles"] ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool AppliesTo(ClaimsPrincipal user) => roles.Any(user.IsInRole);

    public static bool IsEnrolled(ClaimsPrincipal user) => user.HasClaim(EnrolledClaim, "enrolled") || user.HasClaim(EnrolledClaim, ProviderMfa);

    /// <summary>A signed-in person in a role that needs two factors who has not enrolled yet.</summary>
    public bool MustEnrol(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && AppliesTo(user) && !IsEnrolled(user);
}
