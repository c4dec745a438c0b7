namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// A coordinator's instruction: these people complete this module by this date, optionally again
/// every <see cref="RecurrenceMonths"/>. Expanded into one <see cref="LearnerAssignment"/> per
/// person and cycle.
/// </summary>
public sealed class Assignment
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int ModuleId { get; set; }
    public AssignmentScope Scope { get; set; }

    /// <summary>The unit (Scope = Unit) or learner (Scope = Learner) assigned.</summary>
    public int? UnitId { get; set; }

    public string? LearnerId { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>Null for a one-off; e.g. 12 for a yearly renewal.</summary>
    public int? RecurrenceMonths { get; set; }

    /// <summary>A completion this many days before a cycle's due date (or before assigning) counts for it.</summary>
    public int WindowDays { get; set; } = 90;

    public required string CreatedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

public enum AssignmentScope
{
    Learner,
    Unit,
    Organisation,
}

/// <summary>One learner's obligation for one cycle of an assignment.</summary>
public sealed class LearnerAssignment
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public int ModuleId { get; set; }
    public int Cycle { get; set; }

    /// <summary>Completions from this moment on count for this cycle.</summary>
    public DateTime OpensAtUtc { get; set; }

    public DateOnly DueDate { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public int? CompletionId { get; set; }
}
