namespace CE.Platform.Web.Features.Certificates;

/// <summary>What a look-up by number may show: validity, and for a revoked certificate the date and category.</summary>
public sealed record NumberLookup(string? Typed, string? Status, string? RevokedOn, string? RevocationCategory, string? ReplacedBy)
{
    public static readonly NumberLookup Empty = new(null, null, null, null, null);

    public static NumberLookup NotFound(string typed) => new(typed, null, null, null, null);

    public static NumberLookup Of(string typed, Certificate certificate) => new(
        typed,
        Verification.StatusOf(certificate.Status),
        certificate.RevokedAtUtc?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        certificate.RevocationCategory,
        certificate.SupersededByNumber);
}
