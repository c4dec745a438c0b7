using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>Finding certificates for the people allowed to see them.</summary>
public sealed class CertificateQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<Certificate>> OfLearnerAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Certificates.AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.CompletedAtUtc).ThenByDescending(c => c.IssuedAtUtc)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The certificate if this person may download it — its learner, a coordinator of one of the
    /// learner's organisations, or an admin; null otherwise, as for a number that does not exist.
    /// A coordinator's copy carries the licence number only with the learner's consent (<see cref="CoordinatorCopies"/>).
    /// </summary>
    public async Task<Certificate?> ForDownloadAsync(string number, string userId, bool isAdmin, CancellationToken cancellationToken = default)
    {
        // A coordinator sees only what the consent boundary lets their organisations see.
        var coordinated = db.Certificates.VisibleToCoordinator(db, userId);
        var certificate = await db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Number == number && (isAdmin || c.UserId == userId || coordinated.Any(v => v.Id == c.Id)), cancellationToken);
        return certificate is null || isAdmin || certificate.UserId == userId
            ? certificate
            : (await db.WithConsentedLicencesOnlyAsync([certificate], cancellationToken))[0];
    }

    /// <summary>Where the completion behind the certificate was made: the site, an LTI launch or a SCORM package.</summary>
    public Task<CompletionChannel> ChannelOfAsync(Certificate certificate, CancellationToken cancellationToken = default) =>
        db.Completions.Where(c => c.Id == certificate.CompletionId).Select(c => c.Channel).SingleAsync(cancellationToken);

    public async Task<Certificate?> ByTokenAsync(string token, CancellationToken cancellationToken = default) =>
        await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.VerificationToken == token, cancellationToken);

    public async Task<Certificate?> ByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
}
