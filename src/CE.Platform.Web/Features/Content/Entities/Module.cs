namespace CE.Platform.Web.Features.Content.Entities;

/// <summary>The stable identity of a module across its content versions.</summary>
public sealed class Module
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course Course { get; set; } = null!;
    public required string Slug { get; set; }
    public int Position { get; set; }

    /// <summary>The version new learners get; learners mid-module keep the one they started.</summary>
    public int? CurrentVersionId { get; set; }

    public ModuleVersion? CurrentVersion { get; set; }

    /// <summary>Set when the module file was removed from its course; it stays for its records.</summary>
    public DateTime? RetiredAtUtc { get; set; }

    public List<ModuleVersion> Versions { get; set; } = [];
}
