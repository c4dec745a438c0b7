using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>
/// A bank question with where it stands in its file: the line of its id and of each option. Lines stay
/// here, out of <see cref="QuestionDefinition"/>, because the definition is stored as the version's snapshot.
/// </summary>
public sealed record ParsedQuestion(QuestionDefinition Question, string Path, int Line, IReadOnlyDictionary<string, int> OptionLines)
{
    public string Id => Question.Id;

    public int LineOf(OptionDefinition option) => OptionLines.TryGetValue(option.Key, out var line) ? line : Line;

    /// <summary>The options that are answers (the key, for a single-answer item).</summary>
    public IReadOnlyList<OptionDefinition> Keys => Question.Options.Where(o => Question.Answer.Contains(o.Key)).ToList();

    public IReadOnlyList<OptionDefinition> Distractors => Question.Options.Where(o => !Question.Answer.Contains(o.Key)).ToList();

    /// <summary>The key of a well-formed single-answer item; null for other types or a broken answer.</summary>
    public OptionDefinition? SingleKey => Question.Type == QuestionType.Single && Keys is [var key] ? key : null;
}
