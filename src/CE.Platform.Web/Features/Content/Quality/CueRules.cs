using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// Item-writing rules about testwiseness (NBME guide): cues that let a learner who does not know the
/// answer find the key anyway — a key longer than the rest, absolute words only in distractors, an
/// article that fits only the key, a stem word repeated only in the key.
/// </summary>
public static class CueRules
{
    public const double KeyLengthRatio = 1.25;
    public const int KeyLengthMargin = 10;
    public const int ClangWordLetters = 5;

    public static IEnumerable<ItemFinding> Check(ParsedQuestion item) =>
        new[] { KeyMuchLonger(item), AbsoluteWordsInDistractors(item), GrammaticalCue(item), WordRepeat(item) }.OfType<ItemFinding>();

    /// <summary>The key has more than 1.25 × the characters of the longest distractor, and at least 10 more.</summary>
    public static ItemFinding? KeyMuchLonger(ParsedQuestion item)
    {
        if (item.SingleKey is not { } key || item.Distractors.Count == 0)
        {
            return null;
        }

        var longest = item.Distractors.Max(d => d.Text.Length);
        return key.Text.Length > KeyLengthRatio * longest && key.Text.Length - longest >= KeyLengthMargin
            ? ItemFinding.Warning("key-much-longer", item, item.LineOf(key),
                $"the key ({key.Key}) has {key.Text.Length} characters and the longest distractor {longest}; a key over {KeyLengthRatio} × the longest distractor stands out: shorten it or complete the distractors")
            : null;
    }

    /// <summary>Distractors that say always/never/only while no key does are eliminated by test-wise learners.</summary>
    public static ItemFinding? AbsoluteWordsInDistractors(ParsedQuestion item)
    {
        if (item.Question.Type == QuestionType.TrueFalse || item.Keys.Count == 0 || item.Keys.Any(k => ItemText.HasAbsoluteWord(k.Text)))
        {
            return null;
        }

        var absolute = item.Distractors.Where(d => ItemText.HasAbsoluteWord(d.Text)).ToList();
        return absolute.Count == 0
            ? null
            : ItemFinding.Warning("absolute-words-in-distractors", item, item.LineOf(absolute[0]),
                $"distractor(s) {string.Join(", ", absolute.Select(d => d.Key))} use absolute words ({string.Join(", ", absolute.SelectMany(d => ItemText.AbsoluteWordsIn(d.Text)).Distinct())}) and the key uses none; word the distractors as plausibly as the key");
    }

    /// <summary>A stem ending in "a"/"an" whose article fits the key and not every distractor.</summary>
    public static ItemFinding? GrammaticalCue(ParsedQuestion item)
    {
        if (item.SingleKey is not { } key || IndefiniteArticle.EndingStem(item.Question.Stem) is not { } article
            || IndefiniteArticle.For(key.Text) != article)
        {
            return null;
        }

        var misfit = item.Distractors.FirstOrDefault(d => IndefiniteArticle.For(d.Text) is { } fits && fits != article);
        return misfit is null
            ? null
            : ItemFinding.Warning("grammatical-cue", item, item.LineOf(misfit),
                $"the stem ends with '{article}', which fits the key but not option {misfit.Key} ('{misfit.Text}'); end the stem before the article or make every option fit it");
    }

    /// <summary>
    /// "Clang association": a stem word of 5+ letters that only the key repeats. Words in half the options
    /// or more are ignored (they cue nothing), and short words too, to keep false alarms on clinical text low.
    /// </summary>
    public static ItemFinding? WordRepeat(ParsedQuestion item)
    {
        // With two options, a word in the key alone is already in half of them.
        if (item.SingleKey is not { } key || item.Question.Options.Count < 3)
        {
            return null;
        }

        var keyWords = ItemText.Words(key.Text).ToHashSet(StringComparer.Ordinal);
        var distractorWords = item.Distractors.SelectMany(d => ItemText.Words(d.Text)).ToHashSet(StringComparer.Ordinal);
        var repeated = ItemText.ContentWords(item.Question.Stem)
            .Where(w => w.Count(char.IsLetter) >= ClangWordLetters && keyWords.Contains(w) && !distractorWords.Contains(w))
            .Order(StringComparer.Ordinal)
            .ToList();
        return repeated.Count == 0
            ? null
            : ItemFinding.Warning("word-repeat", item, item.LineOf(key),
                $"the key repeats the stem's {string.Join(", ", repeated.Select(w => $"'{w}'"))} and no distractor does; reword the key or use the word in distractors too");
    }
}
