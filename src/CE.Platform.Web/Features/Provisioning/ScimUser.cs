namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// A person as one organisation's SCIM client knows them: the stable resource id the client uses, the
/// attributes it sent, and whether it wants them active. The row outlives a deactivation (the
/// membership ends, this stays) so that reactivation restores them; a DELETE removes it.
/// </summary>
public sealed class ScimUser
{
    /// <summary>The SCIM resource id: random, so ids say nothing about other people or organisations.</summary>
    public required string Id { get; set; }

    public int OrganisationId { get; set; }
    public required string UserId { get; set; }

    /// <summary>userName as the client sent it, and upper-cased for the case-insensitive uniqueness RFC 7643 gives it.</summary>
    public required string UserName { get; set; }

    public required string UserNameKey { get; set; }
    public string? ExternalId { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public bool Active { get; set; }

    /// <summary>The account was made by this organisation (SCIM or its single sign-on), so deactivating it also blocks password sign-in.</summary>
    public bool OwnsAccount { get; set; }

    /// <summary>When the person first joined through provisioning, restored on reactivation of an account the organisation owns.</summary>
    public DateTime? JoinedAtUtc { get; set; }

    /// <summary>The unit (SCIM group) to restore on reactivation.</summary>
    public int? UnitId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime ModifiedAtUtc { get; set; }
}
