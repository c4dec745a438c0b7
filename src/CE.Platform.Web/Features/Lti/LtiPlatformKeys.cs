using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// The platforms' public keys, read from their JWKS URLs. Kept per process (public keys are not a secret and each
/// instance may fetch its own copy) for an hour, and fetched again once when a token names a kid the copy lacks.
/// </summary>
public sealed class LtiPlatformKeys(IHttpClientFactory http, IMemoryCache cache)
{
    public const string HttpClientName = "lti-platform";

    public async Task<IReadOnlyList<SecurityKey>> KeysAsync(LtiRegistration registration, bool refresh, CancellationToken cancellationToken)
    {
        var cacheKey = $"lti-jwks:{registration.Id}:{registration.JwksUrl}";
        if (!refresh && cache.TryGetValue(cacheKey, out IReadOnlyList<SecurityKey>? cached) && cached is not null)
        {
            return cached;
        }

        using var client = http.CreateClient(HttpClientName);
        var json = await client.GetStringAsync(registration.JwksUrl, cancellationToken);
        IReadOnlyList<SecurityKey> keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
        cache.Set(cacheKey, keys, TimeSpan.FromHours(1));
        return keys;
    }
}
