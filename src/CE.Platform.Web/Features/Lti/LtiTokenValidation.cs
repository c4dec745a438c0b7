using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// Checks a launch id_token against its registration: RS256 signature with the platform's keys, issuer,
/// audience (and azp when several audiences), lifetime with a minute of skew, and the nonce of the login that started it.
/// </summary>
public sealed class LtiTokenValidation(LtiPlatformKeys platformKeys, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>The token when it is valid; otherwise the reason it is not.</summary>
    public async Task<(JsonWebToken? Token, string? Refusal)> ValidateAsync(string idToken, LtiRegistration registration, string expectedNonce, CancellationToken cancellationToken)
    {
        if (!handler.CanReadToken(idToken))
        {
            return (null, "the id_token is not a JSON Web Token");
        }

        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(idToken, await ParametersAsync(registration, refresh: false, cancellationToken));
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // The platform may have rotated its key: read its keyset again, once.
                result = await handler.ValidateTokenAsync(idToken, await ParametersAsync(registration, refresh: true, cancellationToken));
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ArgumentException)
        {
            return (null, $"the platform's keyset could not be read from {registration.JwksUrl}: {e.Message}");
        }

        if (!result.IsValid)
        {
            return (null, Describe(result.Exception));
        }

        var token = (JsonWebToken)result.SecurityToken;
        var audiences = token.Audiences.ToList();
        token.TryGetPayloadValue<string>("azp", out var azp);
        if ((audiences.Count > 1 || azp is not null) && azp != registration.ClientId)
        {
            return (null, "the token names several audiences and its azp is not this tool's client id");
        }

        if (token.IssuedAt > clock.GetUtcNow().UtcDateTime.AddMinutes(1))
        {
            return (null, "the token says it was issued in the future (iat)");
        }

        token.TryGetPayloadValue<string>("nonce", out var nonce);
        return nonce == expectedNonce ? (token, null) : (null, "the token's nonce is not the one this login issued (a replayed or substituted token)");
    }

    private async Task<TokenValidationParameters> ParametersAsync(LtiRegistration registration, bool refresh, CancellationToken cancellationToken) => new()
    {
        ValidIssuer = registration.Issuer,
        ValidAudience = registration.ClientId,
        IssuerSigningKeys = await platformKeys.KeysAsync(registration, refresh, cancellationToken),
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromMinutes(1),
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } e && e.ToUniversalTime() > now - parameters.ClockSkew && (notBefore is not { } n || n.ToUniversalTime() <= now + parameters.ClockSkew);
        },
    };

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException => "the token has expired",
        SecurityTokenInvalidIssuerException => "the token's issuer is not the registered platform's",
        SecurityTokenInvalidAudienceException => "the token is for another tool (its aud is not this tool's client id)",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature does not verify with the platform's published keys",
        SecurityTokenInvalidAlgorithmException => "the token is not signed with RS256",
        _ => $"the token is not valid ({exception?.GetType().Name ?? "unknown reason"})",
    };
}
