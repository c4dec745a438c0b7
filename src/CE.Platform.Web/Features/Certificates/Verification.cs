using CE.Platform.Web.Features.Certificates.Signing;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>What the public verification page and its JSON say about a certificate.</summary>
public sealed record Verification(
    string Status, string Number, string LearnerName, string? Credential, string ModuleTitle, string CourseTitle, decimal Credit,
    string CreditType, string CompletedOn, string ContentVersion, string ProviderName, string IssuedOn, string? RevokedOn,
    string? RevocationCategory, string? SupersededBy, bool SignatureValid)
{
    public const string Valid = "valid";
    public const string Revoked = "revoked";
    public const string Superseded = "superseded";

    /// <summary>Valid only when the record says so and its signature checks with a published key and matches it.</summary>
    public static Verification Of(Certificate certificate, IReadOnlyList<PublicJwk> keys, string issuer)
    {
        using var payload = CompactJws.Verify(certificate.SignedRecord, keys);
        var signed = payload is null ? null : CertificateClaims.From(payload);
        var signatureValid = signed is not null && signed == CertificateClaims.From(certificate, issuer) with { IssuedAt = signed.IssuedAt, Issuer = signed.Issuer };
        var status = certificate.Status == CertificateStatus.Valid && !signatureValid ? "unverifiable" : StatusOf(certificate.Status);
        return new Verification(status, certificate.Number, certificate.LearnerName, certificate.Credential, certificate.ModuleTitle, certificate.CourseTitle,
            certificate.CreditHours, certificate.CreditTypeName, Date(certificate.CompletedAtUtc), certificate.ContentVersion, certificate.ProviderName,
            Date(certificate.IssuedAtUtc), certificate.RevokedAtUtc is { } revoked ? Date(revoked) : null, certificate.RevocationCategory,
            certificate.SupersededByNumber, signatureValid);
    }

    /// <summary>The public word for a certificate's status: what the verify pages and the JSON say.</summary>
    public static string StatusOf(CertificateStatus status) => status switch
    {
        CertificateStatus.Revoked => Revoked,
        CertificateStatus.Superseded => Superseded,
        _ => Valid,
    };

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
