namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// A learner's progress in a module, measured on the server: which sections they opened, and the
/// time between their page views in the module (each gap capped, so an idle tab adds little).
/// </summary>
public sealed class ModuleProgress
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int ModuleId { get; set; }

    /// <summary>The content version this learner is working on; a newer import does not move them mid-module.</summary>
    public int ModuleVersionId { get; set; }

    public DateTime StartedAtUtc { get; set; }
    public DateTime LastActivityAtUtc { get; set; }
    public int SecondsSpent { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public List<SectionRead> SectionsRead { get; set; } = [];

    public ModuleStatus Status => CompletedAtUtc is not null ? ModuleStatus.Completed : ModuleStatus.InProgress;
}

public sealed class SectionRead
{
    public int Id { get; set; }
    public int ModuleProgressId { get; set; }
    public required string Anchor { get; set; }
    public DateTime FirstReadAtUtc { get; set; }
}

public enum ModuleStatus
{
    NotStarted,
    InProgress,
    Completed,
}
