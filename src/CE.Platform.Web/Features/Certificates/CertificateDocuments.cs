using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>Turns an issued certificate record into what the PDF prints.</summary>
public sealed class CertificateDocuments(PublicUrls urls, IOptions<CertificateOptions> options)
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
}
