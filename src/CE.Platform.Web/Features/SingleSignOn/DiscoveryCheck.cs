using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// Fetches an issuer's discovery document when an administrator saves it and says what is wrong, so a
/// provider the app cannot use is never switched on (the organisation stays on passwords).
/// </summary>
public sealed class DiscoveryCheck(IHttpClientFactory http, IOptions<SsoOptions> options)
{
    public const string HttpClientName = "sso";

    /// <summary>Null when the issuer publishes a usable document; otherwise a message for the administrator.</summary>
    public async Task<string?> ProblemWithAsync(string issuer, CancellationToken cancellationToken)
    {
        if (IssuerProblem(issuer, options.Value.AllowHttpIssuers) is { } problem)
        {
            return problem;
        }

        OpenIdConnectConfiguration document;
        var address = $"{issuer.TrimEnd('/')}/.well-known/openid-configuration";
        try
        {
            var retriever = new HttpDocumentRetriever(http.CreateClient(HttpClientName)) { RequireHttps = !options.Value.AllowHttpIssuers };
            document = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or InvalidOperationException or ArgumentException or TaskCanceledException)
        {
            return $"The discovery document at {address} could not be read ({FirstLine(e)}). Check the issuer URL; single sign-on was not saved.";
        }

        return DocumentProblem(issuer, document) is { } documentProblem
            ? $"The discovery document at {address} cannot be used: {documentProblem} Single sign-on was not saved."
            : null;
    }

    public static string? IssuerProblem(string issuer, bool allowHttp) =>
        !Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)
            ? "Enter the issuer as a web address without ? or #, e.g. https://login.microsoftonline.com/{tenant}/v2.0."
            : uri.Scheme != Uri.UriSchemeHttps && !(allowHttp && uri.Scheme == Uri.UriSchemeHttp)
                ? "The issuer must be an https:// address."
                : null;

    /// <summary>What the sign-in needs from the document: the same issuer, the endpoints of the code flow, keys, and S256 PKCE when methods are listed.</summary>
    public static string? DocumentProblem(string issuer, OpenIdConnectConfiguration document)
    {
        if (!string.Equals(document.Issuer?.TrimEnd('/'), issuer.TrimEnd('/'), StringComparison.Ordinal))
        {
            return $"it names the issuer '{document.Issuer}', not '{issuer}'.";
        }

        if (string.IsNullOrEmpty(document.AuthorizationEndpoint) || string.IsNullOrEmpty(document.TokenEndpoint) || string.IsNullOrEmpty(document.JwksUri))
        {
            return "it lacks an authorization, token or jwks_uri endpoint.";
        }

        if (document.ResponseTypesSupported.Count > 0 && !document.ResponseTypesSupported.Contains("code"))
        {
            return "it does not offer the authorization code flow (response type 'code').";
        }

        return document.CodeChallengeMethodsSupported.Count > 0 && !document.CodeChallengeMethodsSupported.Contains("S256")
            ? "it does not offer PKCE with S256."
            : null;
    }

    private static string FirstLine(Exception e) => (e.InnerException ?? e).Message.Split('\n')[0].Trim();
}
