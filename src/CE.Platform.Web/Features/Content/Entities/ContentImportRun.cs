namespace CE.Platform.Web.Features.Content.Entities;

/// <summary>A record of one import, with the problems that kept courses from being imported.</summary>
public sealed class ContentImportRun
{
    public int Id { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime FinishedAtUtc { get; set; }
    public bool Succeeded { get; set; }
    public required string Summary { get; set; }

    /// <summary>One <c>path:line: message</c> per line.</summary>
    public required string Problems { get; set; }
}
