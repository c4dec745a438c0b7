namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// The provider sends people back to a path that names the organisation, so the request says whose
/// provider it answers before the handler runs (<see cref="SsoRequestOrganisation"/>).
/// </summary>
public static class SsoPaths
{
    public const string CallbackPrefix = "/signin-oidc";
    public const string SignedOutCallbackPrefix = "/signout-callback-oidc";
    public const string Complete = "/account/sso/complete";

    public static string Callback(int organisationId) => $"{CallbackPrefix}/{organisationId}";

    public static string SignedOutCallback(int organisationId) => $"{SignedOutCallbackPrefix}/{organisationId}";

    /// <summary>The organisation named by a callback path, or null for any other path.</summary>
    public static int? OrganisationOf(PathString path)
    {
        foreach (var prefix in (string[])[CallbackPrefix, SignedOutCallbackPrefix])
        {
            if (path.StartsWithSegments(prefix, out var rest) && int.TryParse(rest.Value?.TrimStart('/'), out var id) && id > 0)
            {
                return id;
            }
        }

        return null;
    }
}
