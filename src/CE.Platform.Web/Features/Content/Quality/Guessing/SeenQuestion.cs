using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>An option as a learner reads it, with the word cues worked out once rather than on every simulated attempt.</summary>
public sealed record SeenOption(string Key, string Text, IReadOnlySet<string> ContentWords, bool HasAbsoluteWord)
{
    public static SeenOption From(OptionDefinition option) =>
        new(option.Key, option.Text, ItemText.ContentWords(option.Text), ItemText.HasAbsoluteWord(option.Text));
}

/// <summary>
/// A question as a learner sees it on the attempt page: its kind, stem and options, never its answer,
/// so a guessing strategy cannot peek at the key. Options stay in bank order: every strategy chooses by
/// what an option says (ties broken at random), never by where it stands, so the shuffled display order
/// cannot change its odds.
/// </summary>
public sealed record SeenQuestion(QuestionType Type, string Stem, IReadOnlyList<SeenOption> Options)
{
    public IReadOnlySet<string> StemContentWords { get; } = ItemText.ContentWords(Stem);

    public bool StemHasAbsoluteWord { get; } = ItemText.HasAbsoluteWord(Stem);

    public IReadOnlyList<string> Keys { get; } = Options.Select(o => o.Key).ToList();

    public static SeenQuestion From(QuestionDefinition question) =>
        new(question.Type, question.Stem, question.Options.Select(SeenOption.From).ToList());
}
