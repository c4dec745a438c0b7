namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// A bearer token an administrator issued to an organisation's SCIM client (its HR system or identity
/// provider). Shown once; only its SHA-256 is kept: it is 256 random bits, so no slow hash is needed.
/// </summary>
public sealed class ScimToken
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>What the admin called it ("Entra ID production"), to tell tokens apart in the list and the audit log.</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the token (hex).</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
