using System.Security.Cryptography;
using System.Text.Json;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Catalog;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CE.Platform.Web.Features.Lti;

/// <summary>A deep-linking request, carried in the picking page's form (protected, for half an hour) instead of a cookie.</summary>
public sealed record LtiDeepLinkingRequest(int RegistrationId, string DeploymentId, string ReturnUrl, string? Data, bool AcceptsMultiple, string Subject, string FrameAncestors);

public sealed record LtiDeepLinkingResponse(string ReturnUrl, string Jwt, string FrameAncestors);

/// <summary>
/// Deep Linking 2.0: an instructor picks modules, and the tool answers the platform with a signed
/// LtiDeepLinkingResponse holding an ltiResourceLink (with a line item of 100 points) per module.
/// </summary>
public sealed class LtiDeepLinking(AppDbContext db, CatalogQuery catalog, LtiToolKeys keys, PublicUrls urls, AuditLog audit, TimeProvider clock, IDataProtectionProvider protection)
{
    public const string LineItemTag = "ce-completion";
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("CE.Platform.Lti.DeepLinkingRequest.v1").ToTimeLimitedDataProtector();

    public string Protect(LtiAcceptedLaunch launch) => protector.Protect(JsonSerializer.Serialize(new LtiDeepLinkingRequest(
        launch.Registration.Id, launch.Message.DeploymentId!, launch.Message.DeepLinkReturnUrl!, launch.Message.DeepLinkData,
        launch.Message.DeepLinkAcceptsMultiple, launch.Message.Subject, LtiRegistrationRules.FrameAncestors(launch.Registration))), TimeSpan.FromMinutes(30));

    public LtiDeepLinkingRequest? Unprotect(string? value)
    {
        try
        {
            return value is null ? null : JsonSerializer.Deserialize<LtiDeepLinkingRequest>(protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The signed response for the chosen modules; null (nothing sent) when a slug is not in the catalog or the registration is gone.</summary>
    public async Task<LtiDeepLinkingResponse?> RespondAsync(LtiDeepLinkingRequest request, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var registration = await db.LtiRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RegistrationId && r.Enabled, cancellationToken);
        var offered = (await catalog.ListAsync(cancellationToken)).SelectMany(c => c.Modules).ToDictionary(m => m.Slug);
        if (registration is null || slugs.Any(s => !offered.ContainsKey(s)) || (!request.AcceptsMultiple && slugs.Count > 1))
        {
            return null;
        }

        var items = slugs.Select(slug => offered[slug].Version.Snapshot.Module).Zip(slugs, (module, slug) => new Dictionary<string, object>
        {
            ["type"] = "ltiResourceLink",
            ["title"] = module.Title,
            ["text"] = module.Summary,
            ["url"] = urls.For(LtiPaths.Module(slug)),
            ["lineItem"] = new Dictionary<string, object> { ["scoreMaximum"] = 100, ["label"] = module.Title, ["resourceId"] = slug, ["tag"] = LineItemTag },
        }).ToList();
        var claims = new Dictionary<string, object>
        {
            ["nonce"] = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)),
            [LtiClaims.MessageType] = LtiClaims.DeepLinkingResponse,
            [LtiClaims.Version] = LtiClaims.Version13,
            [LtiClaims.DeploymentId] = request.DeploymentId,
            [LtiClaims.ContentItems] = items,
        };
        if (request.Data is not null)
        {
            claims[LtiClaims.DeepLinkingData] = request.Data;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var jwt = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = registration.ClientId,
            Audience = registration.Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = await keys.SigningCredentialsAsync(cancellationToken),
        });
        await audit.RecordNowAsync("lti.deep-linking-response", registration.Name, $"modules {string.Join(", ", slugs)} for sub {request.Subject}, to {request.ReturnUrl}");
        return new LtiDeepLinkingResponse(request.ReturnUrl, jwt, request.FrameAncestors);
    }
}
