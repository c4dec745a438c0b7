namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// A certificate as issued: every fact it prints is copied here at issue time, so later profile or
/// content changes never alter it, and the record outlives the account it was issued to.
/// </summary>
public sealed class Certificate
{
    public int Id { get; set; }
    public int CompletionId { get; set; }

    /// <summary>Human-readable and unique, e.g. CE-2026-7K3Q-9XPM.</summary>
    public required string Number { get; set; }

    /// <summary>128-bit random token in the public verification link and QR code.</summary>
    public required string VerificationToken { get; set; }

    public string? UserId { get; set; }
    public required string LearnerName { get; set; }
    public string? Credential { get; set; }
    public string? LicenseNumber { get; set; }
    public string? LicenseRegion { get; set; }
    public int ModuleId { get; set; }
    public int ModuleVersionId { get; set; }
    public required string ModuleTitle { get; set; }
    public required string CourseTitle { get; set; }
    public required string ContentVersion { get; set; }
    public decimal CreditHours { get; set; }
    public required string CreditTypeName { get; set; }
    public required string CreditUnit { get; set; }
    public required string CreditStatement { get; set; }
    public required string ProviderStatement { get; set; }
    public required string ProviderName { get; set; }
    public DateTime CompletedAtUtc { get; set; }
    public DateTime IssuedAtUtc { get; set; }

    /// <summary>The certificate's facts as a compact JWS (ES256), checkable offline with the published keys.</summary>
    public required string SignedRecord { get; set; }

    public CertificateStatus Status { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>Shown publicly on the verify page (e.g. "Issued in error"); the free-text reason is not.</summary>
    public string? RevocationCategory { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>The certificate that replaced this one after a correction.</summary>
    public string? SupersededByNumber { get; set; }

    public DateTime? EmailSentAtUtc { get; set; }
}

public enum CertificateStatus
{
    Valid,
    Revoked,
    Superseded,
}
