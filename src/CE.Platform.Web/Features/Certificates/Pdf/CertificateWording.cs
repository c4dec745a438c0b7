using System.Globalization;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>The sentences a certificate prints, built from the document's facts.</summary>
public static class CertificateWording
{
    public const string Heading = "Certificate of Completion";
    public const string Certifies = "This certifies that";
    public const string HasCompleted = "has completed the enduring material";

    public static string Course(CertificateDocument d) => $"in the course {d.CourseTitle}";

    public static string CompletedOn(CertificateDocument d) => "Completed on " + LongDate(d.CompletedOn);

    /// <summary>"25 November 2026": English month names whatever the server's culture, as the wording around the date is English too.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Credit with two decimals, "1.50", whatever the server's culture.</summary>
    public static string Amount(decimal credit) => credit.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// "1.00 AMA PRA Category 1 Credit™" when the credit type already names its unit, otherwise
    /// "1.50 contact hours · ANCC NCPD", so the number is never left without what it counts.
    /// </summary>
    public static string Credit(CertificateDocument d)
    {
        var amount = Amount(d.CreditHours);
        var singularUnit = d.CreditUnit.TrimEnd('s', 'S');
        return d.CreditTypeName.Contains(singularUnit, StringComparison.OrdinalIgnoreCase)
            ? $"{amount} {d.CreditTypeName}"
            : $"{amount} {d.CreditUnit} · {d.CreditTypeName}";
    }

    /// <summary>Credential and licence on one line, or null when the learner gave neither.</summary>
    public static string? Credentials(CertificateDocument d)
    {
        var parts = new[] { d.Credential, d.LicenseLine }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length == 0 ? null : string.Join("  ·  ", parts);
    }

    public static string VerifyAt(CertificateDocument d) => $"Verify at {d.VerifyUrl}";

    public static string Number(CertificateDocument d) => $"Certificate number {d.CertificateNumber}";

    public static string ContentVersion(CertificateDocument d) => $"Content version {d.ContentVersion}";
}
