using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// Makes the certificate of a completion: prints the learner's name as it stands in their profile
/// now, numbers it, and signs its facts. Adds it to the caller's unit of work, so the completion
/// and its certificate are saved in one transaction.
/// </summary>
public sealed class CertificateIssuer(AppDbContext db, SigningKeyStore keys, IOptions<SiteOptions> site, TimeProvider clock)
{
    public async Task<Certificate> IssueAsync(Completion completion, ModuleSnapshot snapshot, ModuleVersionCache.Entry version, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == completion.UserId, cancellationToken);
        var creditType = snapshot.Course.CreditTypes.Single(t => t.Id == completion.CreditTypeId);
        var provider = site.Value.ProviderName;
        var certificate = new Certificate
        {
            Number = await UnusedNumberAsync(cancellationToken),
            VerificationToken = VerificationToken.New(),
            UserId = user.Id,
            LearnerName = user.FullName,
            Credential = user.Credential,
            LicenseNumber = user.LicenseNumber,
            LicenseRegion = user.LicenseRegion,
            ModuleId = completion.ModuleId,
            ModuleVersionId = completion.ModuleVersionId,
            ModuleTitle = snapshot.Module.Title,
            CourseTitle = snapshot.Course.Title,
            ContentVersion = $"{snapshot.Module.Id} {version.Label}",
            CreditHours = completion.CreditClaimed,
            CreditTypeName = creditType.Name,
            CreditUnit = creditType.Unit,
            CreditStatement = StatementText.Fill(creditType.Statement, provider, snapshot.Module.CreditHours),
            ProviderStatement = StatementText.Fill(snapshot.Course.ProviderStatement, provider, snapshot.Module.CreditHours),
            ProviderName = provider,
            CompletedAtUtc = completion.CompletedAtUtc,
            IssuedAtUtc = clock.GetUtcNow().UtcDateTime,
            SignedRecord = "",
            Status = CertificateStatus.Valid,
        };
        await SignAsync(certificate, cancellationToken);
        return certificate;
    }

    /// <summary>A corrected copy of a certificate (new number, token and signature), e.g. after a name correction.</summary>
    public async Task<Certificate> ReissueAsync(Certificate original, AppUser? learner, CancellationToken cancellationToken)
    {
        var copy = new Certificate
        {
            Number = await UnusedNumberAsync(cancellationToken),
            VerificationToken = VerificationToken.New(),
            UserId = original.UserId,
            LearnerName = learner?.FullName ?? original.LearnerName,
            Credential = learner is null ? original.Credential : learner.Credential,
            LicenseNumber = learner is null ? original.LicenseNumber : learner.LicenseNumber,
            LicenseRegion = learner is null ? original.LicenseRegion : learner.LicenseRegion,
            CompletionId = original.CompletionId,
            ModuleId = original.ModuleId, ModuleVersionId = original.ModuleVersionId, ModuleTitle = original.ModuleTitle, CourseTitle = original.CourseTitle,
            ContentVersion = original.ContentVersion, CreditHours = original.CreditHours, CreditTypeName = original.CreditTypeName, CreditUnit = original.CreditUnit,
            CreditStatement = original.CreditStatement, ProviderStatement = original.ProviderStatement, ProviderName = original.ProviderName,
            CompletedAtUtc = original.CompletedAtUtc,
            IssuedAtUtc = clock.GetUtcNow().UtcDateTime,
            SignedRecord = "",
            Status = CertificateStatus.Valid,
        };
        await SignAsync(copy, cancellationToken);
        return copy;
    }

    private async Task SignAsync(Certificate certificate, CancellationToken cancellationToken)
    {
        var (keyId, key) = await keys.ActiveAsync(cancellationToken);
        using (key)
        {
            certificate.SignedRecord = CompactJws.Sign(CertificateClaims.From(certificate, site.Value.PublicUrl), keyId, key);
        }
    }

    private async Task<string> UnusedNumberAsync(CancellationToken cancellationToken)
    {
        var year = clock.GetUtcNow().Year;
        while (true)
        {
            var number = CertificateNumber.New(year);
            if (!await db.Certificates.AnyAsync(c => c.Number == number, cancellationToken))
            {
                return number;
            }
        }
    }
}
