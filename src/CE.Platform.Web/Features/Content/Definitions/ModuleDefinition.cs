using System.Text.Json.Serialization;

namespace CE.Platform.Web.Features.Content.Definitions;

/// <summary>One module: its front matter, its Markdown body and its question bank.</summary>
public sealed record ModuleDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Objectives { get; init; }
    public required int EstimatedMinutes { get; init; }
    public required decimal CreditHours { get; init; }
    public required IReadOnlyList<string> CreditTypes { get; init; }
    public required string Audience { get; init; }
    public required IReadOnlyList<PersonDefinition> Authors { get; init; }
    public required PersonDefinition Reviewer { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public required DateOnly ReviewDue { get; init; }
    public required string Disclosure { get; init; }
    public required IReadOnlyList<ReferenceDefinition> References { get; init; }
    public required QuizRules Quiz { get; init; }
    public required string Body { get; init; }
    public required IReadOnlyList<SectionDefinition> Sections { get; init; }
    public required IReadOnlyList<QuestionDefinition> Questions { get; init; }
    public required string SourcePath { get; init; }

    /// <summary>Where each front-matter key stands in the file, for problems found after parsing.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 2;

    /// <summary>The file line the body starts on, for problems found in it later.</summary>
    [JsonIgnore]
    public int BodyFirstLine { get; init; }

    /// <summary>Images the body and stems use: "assets/x.png" → the file on disk. Not part of the snapshot (paths differ per machine).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> ImageFiles { get; init; } = new Dictionary<string, string>();
}

public sealed record PersonDefinition(string Name, string? Credentials);

public sealed record ReferenceDefinition(string Key, string Citation, string? Doi, string? Pmid, string? Url);

/// <summary>A level-2 heading of the body with its stable anchor.</summary>
public sealed record SectionDefinition(string Anchor, string Title, int Line);
