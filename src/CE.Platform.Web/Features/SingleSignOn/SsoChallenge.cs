using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>What a sign-in carries to the provider and back (inside the protected state).</summary>
public static class SsoChallenge
{
    public const string ReturnUrlItem = "ce.sso-return-url";

    public static AuthenticationProperties Properties(SsoProvider provider, string email, string? returnUrl)
    {
        var properties = new AuthenticationProperties { RedirectUri = SsoPaths.Complete };
        properties.Items[SsoScheme.OrganisationItem] = provider.OrganisationId.ToString(CultureInfo.InvariantCulture);
        properties.Items[SsoScheme.LoginHintItem] = email;
        properties.Items[ReturnUrlItem] = returnUrl;
        return properties;
    }
}
