using System.Security.Cryptography;
using CE.Platform.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CE.Platform.Web.Features.Certificates.Signing;

/// <summary>The site's certificate signing keys: the active one signs, all are published.</summary>
public sealed class SigningKeyStore(AppDbContext db, IDataProtectionProvider protection, IMemoryCache cache, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("CE.Platform.Certificates.SigningKey.v1");

    /// <summary>The newest key that is not retired, made on first use.</summary>
    public async Task<(string KeyId, ECDsa Key)> ActiveAsync(CancellationToken cancellationToken = default)
    {
        var key = await db.SigningKeys.AsNoTracking().Where(k => k.RetiredAtUtc == null).OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await CreateAsync(cancellationToken);
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(protector.Unprotect(WebEncoders.Base64UrlDecode(key.ProtectedPrivateKey)), out _);
        return (key.KeyId, ecdsa);
    }

    /// <summary>Makes a new signing key and retires the others from signing (they stay published).</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SigningKeys.Where(k => k.RetiredAtUtc == null).ExecuteUpdateAsync(set => set.SetProperty(k => k.RetiredAtUtc, now), cancellationToken);
        return (await CreateAsync(cancellationToken)).KeyId;
    }

    public async Task<IReadOnlyList<PublicJwk>> PublishedAsync(CancellationToken cancellationToken = default) =>
        (await db.SigningKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken)).Select(PublicJwk.From).ToList();

    /// <summary>
    /// The published keys as last read, for the busy verify page. A published key never changes, so
    /// the list can only lack a newer key: a caller whose signature does not check asks <see cref="PublishedAsync"/> again.
    /// </summary>
    public async Task<IReadOnlyList<PublicJwk>> RecentlyPublishedAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("signing-keys-published", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return PublishedAsync(cancellationToken);
        }))!;

    private async Task<SigningKey> CreateAsync(CancellationToken cancellationToken)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = new SigningKey
        {
            KeyId = $"ce-{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            PublicX = WebEncoders.Base64UrlEncode(parameters.Q.X!),
            PublicY = WebEncoders.Base64UrlEncode(parameters.Q.Y!),
            ProtectedPrivateKey = WebEncoders.Base64UrlEncode(protector.Protect(ecdsa.ExportPkcs8PrivateKey())),
            CreatedAtUtc = now,
        };
        db.SigningKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
