namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// One module sold to one client organisation as SCORM packages. The packages carry a token naming
/// this dispatch, so disabling or deleting it here stops every copy already uploaded to the LMS.
/// </summary>
public sealed class ScormDispatch
{
    public int Id { get; set; }
    public int ModuleId { get; set; }

    /// <summary>The client organisation: learners launched through this dispatch become its members.</summary>
    public int OrganisationId { get; set; }

    /// <summary>The most distinct LMS learners this dispatch admits.</summary>
    public int SeatLimit { get; set; }

    /// <summary>Kept by a conditional update (<c>SeatsUsed &lt; SeatLimit</c>) so concurrent launches cannot overrun the limit.</summary>
    public int SeatsUsed { get; set; }

    public bool Enabled { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Deleted dispatches stay (their registrations and records remain) and launch nothing.</summary>
    public DateTime? DeletedAtUtc { get; set; }
}

/// <summary>An LMS learner of a dispatch and the platform account they learn under; never linked by name.</summary>
public sealed class ScormRegistration
{
    public int Id { get; set; }
    public int DispatchId { get; set; }

    /// <summary>cmi.core.student_id / cmi.learner_id as the LMS gave it.</summary>
    public required string LearnerKey { get; set; }

    public required string UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A single-use launch of a registration; its link carries <see cref="Id"/> protected by Data Protection.</summary>
public sealed class ScormLaunch
{
    public required string Id { get; set; }
    public int RegistrationId { get; set; }

    /// <summary>The LMS origin that asked for the launch; only it may frame the session.</summary>
    public required string Origin { get; set; }

    /// <summary>SHA-256 of the browser binding (<see cref="ScormBinding"/>), hex.</summary>
    public required string BindingHash { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? UsedAtUtc { get; set; }
}
