namespace CE.Platform.Web.Features.Organisations;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
}

/// <summary>
/// An organisation's request to an existing account to join it. Nothing of the person is visible to
/// the organisation until they accept; the emailed link carries a token of which only the hash is kept.
/// </summary>
public sealed class MembershipInvitation
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public int? UnitId { get; set; }
    public bool AsCoordinator { get; set; }

    /// <summary>SHA-256 of the emailed token (hex), so a database reader cannot use the links.</summary>
    public required string TokenHash { get; set; }

    public InvitationStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RespondedAtUtc { get; set; }
    public string? InvitedByUserId { get; set; }
}

/// <summary>A module whose completions from before joining the member chose to show the organisation.</summary>
public sealed class MembershipShare
{
    public int Id { get; set; }
    public int MembershipId { get; set; }
    public int ModuleId { get; set; }
    public DateTime SharedAtUtc { get; set; }
}

/// <summary>
/// A membership that ended (the learner left or a coordinator ended it). The Membership row itself is
/// deleted, so every query over current members stays right without a filter; this keeps the history.
/// </summary>
public sealed class FormerMembership
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public int? UnitId { get; set; }
    public bool WasCoordinator { get; set; }
    public DateTime JoinedAtUtc { get; set; }
    public DateTime EndedAtUtc { get; set; }

    /// <summary>Who ended it: the member themself or a coordinator (their user id).</summary>
    public string? EndedByUserId { get; set; }
}
