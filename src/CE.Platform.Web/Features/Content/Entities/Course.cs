namespace CE.Platform.Web.Features.Content.Entities;

/// <summary>A course as imported; its texts are those of the last valid import.</summary>
public sealed class Course
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string ProviderStatement { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Set when the course folder was removed; nothing is ever deleted.</summary>
    public DateTime? RetiredAtUtc { get; set; }

    public List<Module> Modules { get; set; } = [];
}
