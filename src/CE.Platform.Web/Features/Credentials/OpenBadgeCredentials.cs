using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Credentials;

/// <summary>
/// Each certificate as an Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials 2.0 data
/// model), signed as a VC-JWT (ES256) with the certificate signing key, its revocation published in a
/// Bitstring Status List credential.
/// </summary>
public sealed class OpenBadgeCredentials(AppDbContext db, SigningKeyStore keys, PublicUrls urls, IOptions<SiteOptions> site)
{
    public static readonly string[] Contexts = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    public string IssuerId => urls.For("/credentials/issuer");

    public JsonObject IssuerProfile() => new()
    {
        ["@context"] = new JsonArray(Contexts.Select(c => (JsonNode)c).ToArray()),
        ["id"] = IssuerId,
        ["type"] = new JsonArray("Profile"),
        ["name"] = site.Value.ProviderName,
        ["url"] = urls.For("/"),
    };

    /// <summary>The credential for a certificate; the learner is named only by a salted hash of their email.</summary>
    public async Task<JsonObject> CredentialAsync(Certificate certificate, string email, CancellationToken cancellationToken)
    {
        var module = await db.ModuleVersions.AsNoTracking().Where(v => v.Id == certificate.ModuleVersionId)
            .Select(v => new { v.Module.Slug, v.Summary, v.CreditHours }).SingleAsync(cancellationToken);
        var (list, index) = StatusList.Position(certificate.Id);
        var salt = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ob-salt:" + certificate.VerificationToken)))[..32];
        return new JsonObject
        {
            ["@context"] = new JsonArray(Contexts.Select(c => (JsonNode)c).ToArray()),
            ["id"] = urls.For($"/verify/{certificate.VerificationToken}"),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = IssuerProfile().DeepClone().AsObject().Without("@context"),
            ["validFrom"] = certificate.CompletedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = certificate.ModuleTitle,
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityHash"] = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant() + salt))),
                    ["identityType"] = "emailAddress",
                    ["hashed"] = true,
                    ["salt"] = salt,
                }),
                ["achievement"] = new JsonObject
                {
                    ["id"] = urls.For($"/modules/{module.Slug}"),
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "Course",
                    ["name"] = certificate.ModuleTitle,
                    ["description"] = module.Summary,
                    ["criteria"] = new JsonObject { ["narrative"] = "Read the module, pass its assessment at the module's pass mark, attest the time spent and complete the activity evaluation." },
                    ["creditsAvailable"] = module.CreditHours,
                },
                ["creditsEarned"] = certificate.CreditHours,
            },
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = urls.For($"/credentials/status/{list}#{index}"),
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = "revocation",
                ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["statusListCredential"] = urls.For($"/credentials/status/{list}"),
            },
        };
    }

    /// <summary>The revocation list: bits set for certificates revoked or replaced.</summary>
    public async Task<JsonObject> StatusListCredentialAsync(int list, CancellationToken cancellationToken)
    {
        var first = (list - 1) * StatusList.Size;
        var revoked = await db.Certificates.AsNoTracking()
            .Where(c => c.Id >= first && c.Id < first + StatusList.Size && c.Status != CertificateStatus.Valid)
            .Select(c => c.Id - first).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["@context"] = new JsonArray((JsonNode)Contexts[0]),
            ["id"] = urls.For($"/credentials/status/{list}"),
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = IssuerId,
            ["validFrom"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = urls.For($"/credentials/status/{list}#list"),
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = StatusList.Encode(revoked),
            },
        };
    }

    /// <summary>A VC-JWT (VC-JOSE-COSE): the credential itself as the JWS payload, typ vc+jwt.</summary>
    public async Task<string> SignAsync(JsonObject credential, CancellationToken cancellationToken)
    {
        var (keyId, key) = await keys.ActiveAsync(cancellationToken);
        using (key)
        {
            return CompactJws.Sign(credential, keyId, key, "vc+jwt");
        }
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Without(this JsonObject value, string property)
    {
        value.Remove(property);
        return value;
    }
}
