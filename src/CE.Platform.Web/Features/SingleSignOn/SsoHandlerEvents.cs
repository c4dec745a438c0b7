using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// The handler's hooks: addresses from Site:PublicUrl (not the request's Host), the login and id_token
/// hints, a check that the answer belongs to the organisation the sign-in started with, and every
/// failure of the handler's own checks (state, nonce, signature, lifetime) sent to a friendly page.
/// </summary>
public sealed class SsoHandlerEvents : OpenIdConnectEvents
{
    public const string FailedPath = "/account/sso/failed";

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        var provider = SsoRequestOrganisation.Get(context.HttpContext)!;
        context.ProtocolMessage.RedirectUri = Urls(context.HttpContext).For(SsoPaths.Callback(provider.OrganisationId));
        if (context.Properties.Items.TryGetValue(SsoScheme.LoginHintItem, out var hint) && hint is not null)
        {
            context.ProtocolMessage.LoginHint = hint;
        }

        return Task.CompletedTask;
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        var provider = SsoRequestOrganisation.Get(context.HttpContext)!;
        context.ProtocolMessage.PostLogoutRedirectUri = Urls(context.HttpContext).For(SsoPaths.SignedOutCallback(provider.OrganisationId));
        if (context.Properties.Items.TryGetValue(SsoScheme.IdTokenHintItem, out var idToken) && idToken is not null)
        {
            context.ProtocolMessage.IdTokenHint = idToken;
        }

        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        // State is protected with one key for all organisations: make sure it came back to the organisation that issued it.
        var provider = SsoRequestOrganisation.Get(context.HttpContext);
        if (provider is null || context.Properties?.Items.TryGetValue(SsoScheme.OrganisationItem, out var started) != true
            || started != provider.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            context.Fail("The sign-in came back to another organisation than it started with.");
        }

        return Task.CompletedTask;
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        var provider = SsoRequestOrganisation.Get(context.HttpContext);
        await context.HttpContext.RequestServices.GetRequiredService<AuditLog>()
            .RecordNowAsync("sign-in.sso-refused", provider?.OrganisationName ?? "unknown organisation", FirstLine(context.Failure?.Message));
        context.Response.Redirect(FailedPath);
        context.HandleResponse();
    }

    private static PublicUrls Urls(HttpContext context) => context.RequestServices.GetRequiredService<PublicUrls>();

    private static string FirstLine(string? message)
    {
        var line = (message ?? "unknown failure").Split('\n')[0].Trim();
        return line.Length > 400 ? line[..400] : line;
    }
}
