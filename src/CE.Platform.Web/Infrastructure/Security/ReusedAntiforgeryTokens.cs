using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Hands a signed-in browser the form token it was given before, instead of minting one per page: every page
/// carries the sign-out form, and minting (reading the antiforgery cookie, hashing the user's claims, encrypting
/// the token) was a tenth of a signed-in page's CPU. A form token is not single-use: any token minted for the
/// same antiforgery cookie and the same user is equally valid, and checking a posted one is left to the
/// built-in implementation unchanged. Only a token minted against the browser's existing cookie is reused
/// (never one that came with a new cookie), and only for the same user.
/// </summary>
public sealed class ReusedAntiforgeryTokens(IAntiforgery inner, IMemoryCache cache, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var cookie = httpContext.Request.Cookies[options.Value.Cookie.Name!];
        var user = httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (cookie is null || user is null)
        {
            return inner.GetAndStoreTokens(httpContext);
        }

        var key = (typeof(ReusedAntiforgeryTokens), cookie, user);
        if (cache.TryGetValue(key, out string? requestToken))
        {
            // What the built-in implementation does to every page that carries a token.
            httpContext.Response.Headers.CacheControl = "no-cache, no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            return new AntiforgeryTokenSet(requestToken, null, options.Value.FormFieldName, options.Value.HeaderName);
        }

        var tokens = inner.GetAndStoreTokens(httpContext);
        if (tokens.CookieToken is null && tokens.RequestToken is not null)
        {
            cache.Set(key, tokens.RequestToken, Lifetime);
        }

        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    /// <summary>Wraps the registered implementation (call after AddAntiforgery).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(registered);
        services.AddSingleton<IAntiforgery>(provider => new ReusedAntiforgeryTokens(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
            provider.GetRequiredService<IMemoryCache>(), provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
    }
}
