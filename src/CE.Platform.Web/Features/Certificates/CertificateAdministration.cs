using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>Revocation, reissue after a correction, and search — the administrator's certificate work, audited.</summary>
public sealed class CertificateAdministration(AppDbContext db, CertificateIssuer issuer, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<Certificate>> SearchAsync(string? text, CancellationToken cancellationToken = default)
    {
        var query = db.Certificates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            var number = CertificateNumber.Normalise(term);
            query = query.Where(c => c.Number == number || c.LearnerName.Contains(term) || c.ModuleTitle.Contains(term));
        }

        return await query.OrderByDescending(c => c.IssuedAtUtc).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>False when there is no such valid certificate.</summary>
    public async Task<bool> RevokeAsync(string number, string category, string reason, CancellationToken cancellationToken = default)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Number == number && c.Status == CertificateStatus.Valid, cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        certificate.Status = CertificateStatus.Revoked;
        certificate.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        certificate.RevocationCategory = category;
        certificate.RevocationReason = reason.Trim();
        audit.Record("certificate.revoked", number, $"{category}: {reason.Trim()}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Issues a corrected copy with the learner's current profile; the old one is marked superseded.</summary>
    public async Task<string?> ReissueAsync(string number, string reason, CancellationToken cancellationToken = default)
    {
        return await db.InTransactionAsync(async () =>
        {
            var original = await db.Certificates.SingleOrDefaultAsync(c => c.Number == number && c.Status == CertificateStatus.Valid, cancellationToken);
            if (original is null)
            {
                return null;
            }

            var learner = original.UserId is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == original.UserId, cancellationToken);
            var copy = await issuer.ReissueAsync(original, learner, cancellationToken);
            original.Status = CertificateStatus.Superseded;
            original.SupersededByNumber = copy.Number;
            // The old row must leave the "one valid per completion" index before the new one enters it.
            await db.SaveChangesAsync(cancellationToken);
            db.Certificates.Add(copy);
            audit.Record("certificate.reissued", number, $"Replaced by {copy.Number}: {reason.Trim()}");
            await db.SaveChangesAsync(cancellationToken);
            return copy.Number;
        }, cancellationToken);
    }
}
