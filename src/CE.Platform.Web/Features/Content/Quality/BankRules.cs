using System.Globalization;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// Item-writing rules over one question bank, where patterns only show across items: the key being
/// the longest option, key letters piling up on one letter, and true/false items (half right by guessing).
/// </summary>
public static class BankRules
{
    public const int BalancedLettersFrom = 8;

    public static IEnumerable<ItemFinding> Check(IReadOnlyList<ParsedQuestion> bank) =>
        new[] { KeyOftenLongest(bank), TrueFalseShare(bank), TrueFalseKeys(bank) }.OfType<ItemFinding>()
            .Concat(UnbalancedKeyLetters(bank));

    /// <summary>The key is the strictly longest option in more than a third of the single-answer items.</summary>
    public static ItemFinding? KeyOftenLongest(IReadOnlyList<ParsedQuestion> bank)
    {
        var singles = SingleAnswer(bank);
        var longest = singles.Where(q => q.Distractors.All(d => d.Text.Length < q.SingleKey!.Text.Length)).ToList();
        return longest.Count * 3 > singles.Count
            ? ItemFinding.Warning("key-often-longest", longest[0], longest[0].Line,
                $"the key is the longest option in {longest.Count} of {singles.Count} single-answer items of this bank (more than a third: {string.Join(", ", longest.Select(q => q.Id))}); learners learn to pick the longest option")
            : null;
    }

    /// <summary>
    /// One key letter well above its fair share (items ÷ the usual number of options) — more than 1.5 × it + 1 —
    /// or, from 8 single-answer items, a letter among a–d that is never the key.
    /// </summary>
    public static IEnumerable<ItemFinding> UnbalancedKeyLetters(IReadOnlyList<ParsedQuestion> bank)
    {
        var singles = SingleAnswer(bank);
        if (singles.Count == 0)
        {
            yield break;
        }

        var usualOptions = singles.GroupBy(q => q.Question.Options.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var fairShare = (double)singles.Count / usualOptions;
        var byLetter = singles.GroupBy(q => q.SingleKey!.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var top = byLetter[0];
        if (top.Count() > 1.5 * fairShare + 1)
        {
            yield return ItemFinding.Warning("unbalanced-key-letters", top.First(), top.First().Line,
                $"'{top.Key}' is the key of {top.Count()} of {singles.Count} single-answer items of this bank; a fair share is {Number(fairShare)} (at most {Number(1.5 * fairShare + 1)}): spread the keys over the letters");
        }

        var never = "abcd"[..Math.Min(4, usualOptions)].Select(c => c.ToString()).Where(letter => byLetter.All(g => g.Key != letter)).ToList();
        if (singles.Count >= BalancedLettersFrom && never.Count > 0)
        {
            yield return ItemFinding.Warning("unbalanced-key-letters", singles[0], singles[0].Line,
                $"{string.Join(", ", never.Select(l => $"'{l}'"))} {(never.Count == 1 ? "is" : "are")} never the key in the {singles.Count} single-answer items of this bank; spread the keys over the letters");
        }
    }

    /// <summary>True/false items are more than 10% of the bank: a guess gets half of them right.</summary>
    public static ItemFinding? TrueFalseShare(IReadOnlyList<ParsedQuestion> bank)
    {
        var trueFalse = TrueFalse(bank);
        return trueFalse.Count * 10 > bank.Count
            ? ItemFinding.Warning("true-false-share", trueFalse[0], trueFalse[0].Line,
                $"{trueFalse.Count} of the bank's {bank.Count} items are true/false (more than 10%); a guess answers half of them: rewrite some as single best answer")
            : null;
    }

    /// <summary>From 2 true/false items, more than two thirds share one answer: "always answer false" pays.</summary>
    public static ItemFinding? TrueFalseKeys(IReadOnlyList<ParsedQuestion> bank)
    {
        var trueFalse = TrueFalse(bank);
        if (trueFalse.Count < 2)
        {
            return null;
        }

        var most = trueFalse.GroupBy(q => q.Question.Answer[0]).OrderByDescending(g => g.Count()).First();
        return most.Count() * 3 > trueFalse.Count * 2
            ? ItemFinding.Warning("true-false-keys", most.First(), most.First().Line,
                $"{most.Count()} of the bank's {trueFalse.Count} true/false items are {most.Key} (more than two thirds); balance true and false")
            : null;
    }

    private static List<ParsedQuestion> SingleAnswer(IReadOnlyList<ParsedQuestion> bank) => bank.Where(q => q.SingleKey is not null).ToList();

    private static List<ParsedQuestion> TrueFalse(IReadOnlyList<ParsedQuestion> bank) =>
        bank.Where(q => q.Question.Type == QuestionType.TrueFalse && q.Question.Answer.Count == 1).ToList();

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
