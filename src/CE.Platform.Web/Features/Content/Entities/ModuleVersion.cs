namespace CE.Platform.Web.Features.Content.Entities;

/// <summary>
/// One immutable content version of a module: the whole definition (questions, statements,
/// references) as imported, and its Markdown rendered once to sanitised HTML.
/// </summary>
public sealed class ModuleVersion
{
    public int Id { get; set; }
    public int ModuleId { get; set; }
    public Module Module { get; set; } = null!;

    /// <summary>1, 2, 3… per module.</summary>
    public int Number { get; set; }

    public required string ContentHash { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public required string SourcePath { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public int EstimatedMinutes { get; set; }
    public decimal CreditHours { get; set; }

    /// <summary>JSON of <see cref="ModuleSnapshot"/>.</summary>
    public required string DefinitionJson { get; set; }

    /// <summary>JSON of <see cref="Rendering.RenderedModule"/>.</summary>
    public required string RenderedJson { get; set; }
}
