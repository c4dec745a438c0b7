namespace CE.Platform.Web.Features.Content.Definitions;

/// <summary>A bank question. <paramref name="Objective"/> is the 1-based number of the module objective it tests.</summary>
public sealed record QuestionDefinition(
    string Id,
    string Section,
    QuestionType Type,
    string Stem,
    IReadOnlyList<OptionDefinition> Options,
    IReadOnlyList<string> Answer,
    MultipleScoring Scoring,
    string Rationale,
    int? Objective = null);

public sealed record OptionDefinition(string Key, string Text);

public enum QuestionType
{
    Single,
    Multiple,
    TrueFalse,
}

public enum MultipleScoring
{
    AllOrNothing,
    Partial,
}
