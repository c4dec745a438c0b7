namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>Everything a certificate prints, already worded; the renderer only lays it out.</summary>
public sealed record CertificateDocument(
    string ProviderName,
    string LearnerName,
    string? Credential,
    string? LicenseLine,
    string ModuleTitle,
    string CourseTitle,
    DateOnly CompletedOn,
    decimal CreditHours,
    string CreditTypeName,
    string CreditUnit,
    string CreditStatement,
    string ProviderStatement,
    string CertificateNumber,
    string VerifyUrl,
    string ContentVersion,
    string SignatoryName,
    string SignatoryTitle,
    PaperSize Paper);
