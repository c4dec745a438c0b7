using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// The words a test-wise reader looks at in an item: absolute words (which distractors tend to carry)
/// and the content words a stem shares with an option. Shared by the item-writing rules and the
/// guessing audit, so both judge an item by the same cues.
/// </summary>
public static partial class ItemText
{
    /// <summary>Words that make a statement absolute; the NBME guide lists such "specific determiners" as a cue.</summary>
    public static readonly FrozenSet<string> AbsoluteWords = FrozenSet.ToFrozenSet(
    [
        "always", "never", "all", "none", "only", "completely", "entirely", "absolutely", "every", "must",
        "cannot", "invariably", "guarantees", "guaranteed", "impossible", "certainly", "nothing", "no-one",
    ], StringComparer.Ordinal);

    /// <summary>Function words too common to count as a shared cue between stem and option.</summary>
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "the", "and", "for", "with", "that", "this", "from", "which", "what", "when", "than", "then", "into",
        "over", "under", "after", "before", "about", "most", "more", "less", "best", "likely", "following",
        "patient", "patients", "their", "there", "these", "those", "they", "them", "your", "have", "has", "had",
        "was", "were", "are", "been", "being", "will", "would", "should", "could", "does", "each", "other",
        "because", "while", "also", "such", "some", "any", "but", "not", "its", "his", "her", "she", "who",
        "how", "why", "per", "via", "you", "one", "two", "can", "may", "is", "it", "of", "to", "in", "on",
        "at", "by", "as", "or", "an", "a", "be", "if", "so", "no", "do", "he", "we",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words of <paramref name="text"/> (letters and digits; hyphenated words kept whole).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    /// <summary>The distinct content words: no function words, nothing shorter than three characters unless it has a digit.</summary>
    public static IReadOnlySet<string> ContentWords(string text) =>
        Words(text).Where(w => !StopWords.Contains(w) && (w.Length >= 3 || w.Any(char.IsDigit))).ToHashSet(StringComparer.Ordinal);

    public static bool HasAbsoluteWord(string text) => AbsoluteWordsIn(text).Count > 0;

    /// <summary>
    /// The absolute words of <paramref name="text"/>, in order, each once. "Every" in a dosing interval
    /// ("every 4 hours", "every other day") states a schedule, not an absolute, so it does not count.
    /// </summary>
    public static IReadOnlyList<string> AbsoluteWordsIn(string text) =>
        Words(Interval().Replace(text, " ")).Where(AbsoluteWords.Contains).Distinct().ToList();

    /// <summary>Lower case with runs of white space made one space: "the same text" for options and stems.</summary>
    public static string Normalised(string text) => Whitespace().Replace(text.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\bevery\s+(?:\d+|one|two|three|four|five|six|eight|twelve|other|few|second|third|morning|evening|night|(?:day|hour|week|month|dose)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interval();
}
