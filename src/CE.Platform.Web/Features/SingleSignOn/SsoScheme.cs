namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>The one OpenID Connect handler registration; its options are those of the request's organisation (<see cref="OrganisationOidcOptions"/>).</summary>
public static class SsoScheme
{
    public const string Name = "oidc";

    /// <summary>Authentication property items the sign-in carries through the provider and back.</summary>
    public const string OrganisationItem = "ce.sso-organisation";
    public const string LoginHintItem = "ce.sso-login-hint";
    public const string IdTokenHintItem = "ce.sso-id-token-hint";

    /// <summary>The login provider name stored in AspNetUserLogins: one per organisation, so a link made through one organisation's provider never signs in through another's.</summary>
    public static string LoginProvider(int organisationId) => $"oidc-{organisationId}";

    /// <summary>Claim on the session: the organisation whose provider signed the person in (for sign-out).</summary>
    public const string OrganisationClaim = "ce:sso-organisation";
}
