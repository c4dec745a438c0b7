using Microsoft.AspNetCore.Authentication;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// The framework keeps one handler per scheme per request, initialised on the request's first use;
/// the OpenID Connect handler is first touched before a sign-in or sign-out action has chosen the
/// organisation, so it is made afresh at each use and reads the options of the organisation chosen by then.
/// </summary>
public sealed class PerOrganisationHandlerProvider(IAuthenticationSchemeProvider schemes) : IAuthenticationHandlerProvider
{
    private readonly AuthenticationHandlerProvider shared = new(schemes);

    public async Task<IAuthenticationHandler?> GetHandlerAsync(HttpContext context, string authenticationScheme)
    {
        if (authenticationScheme != SsoScheme.Name)
        {
            return await shared.GetHandlerAsync(context, authenticationScheme);
        }

        var scheme = await schemes.GetSchemeAsync(authenticationScheme);
        if (scheme is null || ActivatorUtilities.CreateInstance(context.RequestServices, scheme.HandlerType) is not IAuthenticationHandler handler)
        {
            return null;
        }

        await handler.InitializeAsync(scheme, context);
        return handler;
    }
}
