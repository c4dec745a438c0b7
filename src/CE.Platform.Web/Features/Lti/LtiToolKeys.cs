using System.Security.Cryptography;
using System.Text.Json.Serialization;
using CE.Platform.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace CE.Platform.Web.Features.Lti;

/// <summary>A public tool key as a JSON Web Key (RFC 7517), as published at /lti/jwks.</summary>
public sealed record LtiPublicJwk(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("alg")] string Alg,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("n")] string N,
    [property: JsonPropertyName("e")] string E);

public sealed record LtiJwks([property: JsonPropertyName("keys")] IReadOnlyList<LtiPublicJwk> Keys);

/// <summary>The tool's RSA keys: the newest unretired one signs; every key is published.</summary>
public sealed class LtiToolKeys(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("CE.Platform.Lti.ToolKey.v1");

    /// <summary>The signing key with its kid, made on first use.</summary>
    public async Task<SigningCredentials> SigningCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var key = await db.LtiToolKeys.AsNoTracking().Where(k => k.RetiredAtUtc == null).OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await CreateAsync(cancellationToken);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(protector.Unprotect(WebEncoders.Base64UrlDecode(key.ProtectedPrivateKey)), out _);
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = key.KeyId }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>Makes a new key and retires the others from signing; they stay published until an operator removes them.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.LtiToolKeys.Where(k => k.RetiredAtUtc == null).ExecuteUpdateAsync(set => set.SetProperty(k => k.RetiredAtUtc, now), cancellationToken);
        return (await CreateAsync(cancellationToken)).KeyId;
    }

    public async Task<LtiJwks> PublishedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.LtiToolKeys.AnyAsync(cancellationToken))
        {
            await CreateAsync(cancellationToken);
        }

        var keys = await db.LtiToolKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
        return new LtiJwks(keys.Select(k => new LtiPublicJwk("RSA", SecurityAlgorithms.RsaSha256, "sig", k.KeyId, k.Modulus, k.Exponent)).ToList());
    }

    private async Task<LtiToolKey> CreateAsync(CancellationToken cancellationToken)
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = new LtiToolKey
        {
            KeyId = $"lti-{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            Modulus = WebEncoders.Base64UrlEncode(parameters.Modulus!),
            Exponent = WebEncoders.Base64UrlEncode(parameters.Exponent!),
            ProtectedPrivateKey = WebEncoders.Base64UrlEncode(protector.Protect(rsa.ExportPkcs8PrivateKey())),
            CreatedAtUtc = now,
        };
        db.LtiToolKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
