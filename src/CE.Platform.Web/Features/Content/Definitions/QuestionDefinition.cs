namespace CE.Platform.Web.Features.Content.Definitions;

public sealed record QuestionDefinition(
    string Id,
    string Section,
    QuestionType Type,
    string Stem,
    IReadOnlyList<OptionDefinition> Options,
    IReadOnlyList<string> Answer,
    MultipleScoring Scoring,
    string Rationale);

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
