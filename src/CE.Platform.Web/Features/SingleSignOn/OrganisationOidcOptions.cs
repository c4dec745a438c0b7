using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// The OpenID Connect handler's options, chosen per request: those of the organisation the request
/// talks to (<see cref="SsoRequestOrganisation"/>), or inert ones on every other request. Options are
/// built from the database row and kept per organisation only while the row's UpdatedAtUtc is unchanged,
/// so a save on any instance is used by every instance at its next sign-in; keeping them keeps each
/// provider's discovery document and keys cached (at most one entry per organisation).
/// </summary>
public sealed class OrganisationOidcOptions(IHttpContextAccessor http, IDataProtectionProvider dataProtection, ClientSecretProtector secrets, IOptions<SsoOptions> sso)
    : IOptionsMonitor<OpenIdConnectOptions>
{
    private readonly ConcurrentDictionary<int, (DateTime Version, OpenIdConnectOptions Options)> built = new();
    private readonly Lazy<OpenIdConnectOptions> inert = new(() => Finish(new OpenIdConnectOptions
    {
        ClientId = "none",
        Configuration = new OpenIdConnectConfiguration(),
        // Paths no provider is told about; a request to them fails into the friendly page like any bad callback.
        CallbackPath = SsoPaths.CallbackPrefix,
        SignedOutCallbackPath = SsoPaths.SignedOutCallbackPrefix,
        RemoteSignOutPath = "/signout-oidc",
        Events = new SsoHandlerEvents(),
    }, dataProtection));

    public OpenIdConnectOptions CurrentValue => Get(Options.DefaultName);

    public OpenIdConnectOptions Get(string? name) =>
        SsoRequestOrganisation.Get(http.HttpContext) is { } provider ? For(provider.Connection) : inert.Value;

    public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;

    private OpenIdConnectOptions For(SsoConnection connection)
    {
        if (built.TryGetValue(connection.OrganisationId, out var entry) && entry.Version == connection.UpdatedAtUtc)
        {
            return entry.Options;
        }

        var options = Finish(Create(connection), dataProtection);
        built[connection.OrganisationId] = (connection.UpdatedAtUtc, options);
        return options;
    }

    private OpenIdConnectOptions Create(SsoConnection connection)
    {
        var options = new OpenIdConnectOptions
        {
            Authority = connection.Issuer,
            RequireHttpsMetadata = !sso.Value.AllowHttpIssuers,
            ClientId = connection.ClientId,
            ClientSecret = secrets.Unprotect(connection.ProtectedClientSecret),
            ResponseType = OpenIdConnectResponseType.Code,
            // Query, not form_post: the return is a top-level GET, so the Lax correlation and nonce cookies come back with it.
            ResponseMode = OpenIdConnectResponseMode.Query,
            UsePkce = true,
            CallbackPath = SsoPaths.Callback(connection.OrganisationId),
            SignedOutCallbackPath = SsoPaths.SignedOutCallback(connection.OrganisationId),
            RemoteSignOutPath = $"/signout-oidc/{connection.OrganisationId}",
            SignInScheme = IdentityConstants.ExternalScheme,
            SaveTokens = true,
            MapInboundClaims = false,
            GetClaimsFromUserInfoEndpoint = false,
            DisableTelemetry = true,
            Events = new SsoHandlerEvents(),
        };
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("email");
        options.Scope.Add("profile");
        // Kept for the sign-in step: the issuer it checks and the acr that may count as multi-factor.
        options.ClaimActions.Remove("iss");
        options.ClaimActions.Remove("acr");
        options.TokenValidationParameters.NameClaimType = "name";
        return options;
    }

    /// <summary>What the framework does to named options after configuring them: protectors, the configuration manager, validation.</summary>
    private static OpenIdConnectOptions Finish(OpenIdConnectOptions options, IDataProtectionProvider dataProtection)
    {
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        new OpenIdConnectPostConfigureOptions(dataProtection).PostConfigure(SsoScheme.Name, options);
        options.Validate();
        return options;
    }
}
