using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// Calls to a platform's LTI Advantage services: an access token from its token URL by the client-credentials grant
/// with a JWT client assertion signed by the tool key (1EdTech Security Framework §4.1, RFC 7523), then the call.
/// </summary>
public sealed class LtiServicesClient(IHttpClientFactory http, LtiToolKeys keys, IMemoryCache cache, TimeProvider clock)
{
    public const string HttpClientName = "lti-services";
    public const string ScoreScope = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public const string MembershipsScope = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private const string MembershipsMediaType = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private const int MaxRosterPages = 50;

    public async Task<HttpResponseMessage> PostScoreAsync(LtiRegistration registration, string lineItemUrl, JsonObject score, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LtiScorePayload.ScoresUrl(lineItemUrl))
        {
            Content = new StringContent(score.ToJsonString(), Encoding.UTF8, LtiScorePayload.MediaType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(registration, ScoreScope, cancellationToken));
        return await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// The course's members by Names and Role Provisioning Services 2.0, following the <c>Link: rel="next"</c> pages
    /// (at most 50); each member as the platform sent it.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> MembersAsync(LtiRegistration registration, string membershipsUrl, CancellationToken cancellationToken)
    {
        var token = await AccessTokenAsync(registration, MembershipsScope, cancellationToken);
        var members = new List<JsonObject>();
        var next = new Uri(membershipsUrl);
        for (var page = 0; next is not null && page < MaxRosterPages; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Accept.ParseAdd(MembershipsMediaType);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || ObjectIn(body)?["members"] is not JsonArray list)
            {
                throw new LtiServiceException((int)response.StatusCode, $"the LMS's roster answered {(int)response.StatusCode}: {LtiServiceException.Excerpt(body)}");
            }

            members.AddRange(list.OfType<JsonObject>());
            next = NextPage(response, next);
        }

        return members;
    }

    // RFC 8288: Link: <url>; rel="next", resolved against the page's own address.
    private static Uri? NextPage(HttpResponseMessage response, Uri current) =>
        response.Headers.TryGetValues("Link", out var links)
            ? links.SelectMany(l => l.Split(',')).Select(l => l.Split(';', StringSplitOptions.TrimEntries))
                .Where(parts => parts.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "rel=\"next\"" or "rel=next"))
                .Select(parts => Uri.TryCreate(current, parts[0].Trim('<', '>'), out var url) ? url : null).FirstOrDefault(u => u is not null)
            : null;

    // Per process, by design: each instance asks for its own token (platforms allow several), kept until a minute before it runs out.
    private async Task<string> AccessTokenAsync(LtiRegistration registration, string scope, CancellationToken cancellationToken)
    {
        var cacheKey = ("lti-access-token", registration.Id, registration.UpdatedAtUtc, scope);
        if (cache.TryGetValue(cacheKey, out string? cached))
        {
            return cached!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = registration.ClientId,
            Audience = registration.TokenUrl,
            Claims = new Dictionary<string, object> { ["sub"] = registration.ClientId, ["jti"] = Guid.NewGuid().ToString("N") },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = await keys.SigningCredentialsAsync(cancellationToken),
        });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = scope,
        });
        using var response = await http.CreateClient(HttpClientName).PostAsync(registration.TokenUrl, form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || ObjectIn(body) is not { } answer || answer["access_token"] is not JsonValue value || !value.TryGetValue<string>(out var token) || token.Length == 0)
        {
            throw new LtiServiceException((int)response.StatusCode, $"the platform's token endpoint refused the tool ({(int)response.StatusCode}): {LtiServiceException.Excerpt(body)}");
        }

        var lifetime = answer["expires_in"] is JsonValue expires && expires.TryGetValue<int>(out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(5);
        cache.Set(cacheKey, token, lifetime > TimeSpan.FromMinutes(2) ? lifetime - TimeSpan.FromMinutes(1) : lifetime / 2);
        return token;
    }

    private static JsonObject? ObjectIn(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>A platform service that answered, but not with what the tool needed.</summary>
public sealed class LtiServiceException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
