using System.Globalization;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// RP-initiated logout: when the session came from an organisation's provider whose discovery document
/// offers end_session_endpoint, the sign-out continues there with id_token_hint and comes back to the site.
/// </summary>
public sealed class SsoSignOut(SsoDirectory directory, IOptionsMonitor<OpenIdConnectOptions> handlerOptions, ILogger<SsoSignOut> logger)
{
    /// <summary>The properties for the handler's sign-out, or null when the local sign-out is all there is. Call before the session cookie is removed.</summary>
    public async Task<AuthenticationProperties?> PrepareAsync(HttpContext context)
    {
        if (!int.TryParse(context.User.FindFirst(SsoScheme.OrganisationClaim)?.Value, CultureInfo.InvariantCulture, out var organisationId)
            || await directory.ForOrganisationAsync(organisationId) is not { Connection.Enabled: true } provider)
        {
            return null;
        }

        SsoRequestOrganisation.Set(context, provider);
        try
        {
            var configuration = await handlerOptions.Get(SsoScheme.Name).ConfigurationManager!.GetConfigurationAsync(context.RequestAborted);
            if (string.IsNullOrEmpty(configuration.EndSessionEndpoint))
            {
                return null;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            // The provider is unreachable: the local session still ends.
            logger.LogWarning(e, "Could not read the discovery document of organisation {Organisation} for sign-out", organisationId);
            return null;
        }

        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var properties = new AuthenticationProperties { RedirectUri = "/" };
        properties.Items[SsoScheme.IdTokenHintItem] = session.Properties?.GetTokenValue("id_token");
        return properties;
    }
}
