using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>Turns an issued certificate record, or a learner's transcript, into what the PDF prints.</summary>
public sealed class CertificateDocuments(PublicUrls urls, IOptions<CertificateOptions> options, IOptions<SiteOptions> site, TimeProvider clock)
{
    public string VerifyUrl(Certificate certificate) => urls.For($"/verify/{certificate.VerificationToken}");

    public CertificateDocument For(Certificate certificate) => new(
        certificate.ProviderName,
        certificate.LearnerName,
        certificate.Credential,
        certificate.LicenseNumber is null ? null : $"Licence {certificate.LicenseNumber}{(certificate.LicenseRegion is null ? "" : $" ({certificate.LicenseRegion})")}",
        certificate.ModuleTitle,
        certificate.CourseTitle,
        DateOnly.FromDateTime(certificate.CompletedAtUtc),
        certificate.CreditHours,
        certificate.CreditTypeName,
        certificate.CreditUnit,
        certificate.CreditStatement,
        certificate.ProviderStatement,
        certificate.Number,
        VerifyUrl(certificate),
        certificate.ContentVersion,
        options.Value.SignatoryName,
        options.Value.SignatoryTitle,
        options.Value.Paper);

    public TranscriptDocument For(Transcript transcript) => new(
        site.Value.ProviderName,
        transcript.LearnerName,
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        [.. transcript.Lines.Select(l => new TranscriptEntry(DateOnly.FromDateTime(l.CompletedAtUtc), l.ModuleTitle, l.CourseTitle, l.Credit, l.CreditTypeName, l.CertificateNumber))],
        options.Value.Paper);
}
