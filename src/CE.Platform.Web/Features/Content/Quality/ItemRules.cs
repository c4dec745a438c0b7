using System.Text.RegularExpressions;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// Item-writing rules about one item's form: the NBME guide's flaws of "irrelevant difficulty"
/// (none/all of the above, options that refer to each other, repeated options) and its count of options.
/// </summary>
public static partial class ItemRules
{
    public const int FewestOptions = 4;
    public const int MostOptions = 5;

    public static IEnumerable<ItemFinding> Check(ParsedQuestion item) =>
        new[] { OptionCount(item), SelectAllInStem(item), MissingObjective(item) }.OfType<ItemFinding>()
            .Concat(DuplicateOptions(item))
            .Concat(AllNoneOfTheAbove(item));

    /// <summary>Single best answer items have 4 or 5 options: fewer makes guessing pay, more adds only weak distractors.</summary>
    public static ItemFinding? OptionCount(ParsedQuestion item) =>
        item.Question.Type == QuestionType.Single && item.Question.Options.Count is < FewestOptions or > MostOptions
            ? ItemFinding.Warning("option-count", item, item.Line,
                $"a single-answer item has {FewestOptions} or {MostOptions} options, not {item.Question.Options.Count}")
            : null;

    /// <summary>Two options that read the same (ignoring case and spacing), reported at the second.</summary>
    public static IEnumerable<ItemFinding> DuplicateOptions(ParsedQuestion item)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in item.Question.Options)
        {
            if (!seen.TryAdd(ItemText.Normalised(option.Text), option.Key))
            {
                yield return ItemFinding.Error("duplicate-option", item, item.LineOf(option),
                    $"options {seen[ItemText.Normalised(option.Text)]} and {option.Key} have the same text '{option.Text}'");
            }
        }
    }

    /// <summary>"All/none of the above" and "both A and B" options reward partial knowledge and break when options are shuffled.</summary>
    public static IEnumerable<ItemFinding> AllNoneOfTheAbove(ParsedQuestion item) =>
        from option in item.Question.Options
        where AboveOrBelow().IsMatch(option.Text) || OtherOptionsByLetter().IsMatch(option.Text)
        select ItemFinding.Error("all-none-of-the-above", item, item.LineOf(option),
            $"option {option.Key} ('{option.Text}') refers to other options; options are shuffled, and such options reward partial knowledge: write a single best answer, or a multiple-response item");

    /// <summary>The page prints "Select all that apply" under every multiple-response item itself.</summary>
    public static ItemFinding? SelectAllInStem(ParsedQuestion item) =>
        SelectAll().IsMatch(item.Question.Stem)
            ? ItemFinding.Warning("select-all-in-stem", item, item.Line,
                "the stem says 'select all that apply'; the page already prints that under multiple-response items, so remove it from the stem")
            : null;

    public static ItemFinding? MissingObjective(ParsedQuestion item) =>
        item.Question.Objective is null
            ? ItemFinding.Warning("missing-objective", item, item.Line, "add 'objective: N', the number of the module objective this item tests")
            : null;

    [GeneratedRegex(@"\b(?:all|none|neither|both)\s+of\s+the\s+(?:above|following|preceding|options|answers|choices|others)\b|\b(?:all|none)\s+of\s+these\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboveOrBelow();

    // The whole option names other options by letter: "A and B", "both a and c", "(a), (b) and (d) are correct".
    [GeneratedRegex(@"^\W*(?:both|only|options?|answers?|choices?)?\s*\(?[a-f]\)?(?:\s*,\s*\(?[a-f]\)?)*\s*,?\s*(?:and|or|&)\s+\(?[a-f]\)?(?:\s+(?:only|are\s+correct|are\s+true|are\s+right))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherOptionsByLetter();

    [GeneratedRegex(@"\b(?:select|choose|check|mark|tick|pick)\s+all\s+that\s+apply\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelectAll();
}
