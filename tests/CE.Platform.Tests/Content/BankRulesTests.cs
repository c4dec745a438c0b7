using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;
using static CE.Platform.Tests.Content.TestItems;

namespace CE.Platform.Tests.Content;

/// <summary>Rules over a whole bank; each with a flawed bank and its fixed version.</summary>
public sealed class BankRulesTests
{
    [Fact]
    public void The_key_being_the_longest_option_in_more_than_a_third_of_items_is_flagged_once()
    {
        var flawed = new[] { KeyLongest(1), KeyLongest(2), Plain(3) };
        var fixedBank = new[] { KeyLongest(1), Plain(2), Plain(3) }; // exactly a third is not more

        var finding = BankRules.KeyOftenLongest(flawed);

        Assert.Equal(("key-often-longest", Severity.Warning), (finding?.Rule, finding?.Severity));
        Assert.Contains("2 of 3 single-answer items", finding?.Message, StringComparison.Ordinal);
        Assert.Null(BankRules.KeyOftenLongest(fixedBank));
    }

    [Fact]
    public void A_key_that_ties_for_longest_is_not_counted_as_longest()
    {
        var tie = Single("Which route gives the fastest onset of ketamine?", "a", "Intravenous", "Intranasal", "Intramuscul", "Oral");

        Assert.Null(BankRules.KeyOftenLongest([tie, tie.Named("second")]));
    }

    [Fact]
    public void One_letter_keying_more_than_one_and_a_half_fair_shares_plus_one_is_flagged()
    {
        // 8 four-option items: a fair share is 2, the limit 1.5 × 2 + 1 = 4.
        var flawed = Bank("bbbbbacd");
        var fixedBank = Bank("bbbbaacd");

        var finding = Assert.Single(BankRules.UnbalancedKeyLetters(flawed));

        Assert.Equal("unbalanced-key-letters", finding.Rule);
        Assert.Contains("'b' is the key of 5 of 8", finding.Message, StringComparison.Ordinal);
        Assert.Empty(BankRules.UnbalancedKeyLetters(fixedBank));
    }

    [Fact]
    public void A_letter_never_keyed_is_flagged_from_eight_single_answer_items()
    {
        var flawed = Bank("aabbccab");
        var fixedBank = Bank("aabbccdd");
        var tooSmallToTell = Bank("aabbcca");

        var finding = Assert.Single(BankRules.UnbalancedKeyLetters(flawed));

        Assert.Contains("'d' is never the key", finding.Message, StringComparison.Ordinal);
        Assert.Empty(BankRules.UnbalancedKeyLetters(fixedBank));
        Assert.Empty(BankRules.UnbalancedKeyLetters(tooSmallToTell));
    }

    [Fact]
    public void True_false_items_over_a_tenth_of_the_bank_are_flagged()
    {
        var flawed = Bank("abcdabcd").Append(TrueFalse("Ketamine preserves airway reflexes completely.", false))
            .Append(TrueFalse("Ketamine raises blood pressure.", true)).ToList();
        var fixedBank = Bank("abcdabcda").Append(TrueFalse("Ketamine raises blood pressure.", true)).ToList(); // 1 in 10: not more

        Assert.Equal("true-false-share", BankRules.TrueFalseShare(flawed)?.Rule);
        Assert.Null(BankRules.TrueFalseShare(fixedBank));
    }

    [Fact]
    public void True_false_items_mostly_sharing_one_answer_are_flagged()
    {
        var flawed = new[] { TrueFalse("One.", false), TrueFalse("Two.", false), TrueFalse("Three.", false) };
        var fixedBank = new[] { TrueFalse("One.", false), TrueFalse("Two.", false), TrueFalse("Three.", true) }; // two thirds: not more

        var finding = BankRules.TrueFalseKeys(flawed);

        Assert.Equal("true-false-keys", finding?.Rule);
        Assert.Contains("3 of the bank's 3 true/false items are false", finding?.Message, StringComparison.Ordinal);
        Assert.Null(BankRules.TrueFalseKeys(fixedBank));
        Assert.Null(BankRules.TrueFalseKeys([TrueFalse("Alone.", false)]));
    }

    private static ParsedQuestion KeyLongest(int number) =>
        Single($"Case {number}: which statement about ketamine holds?", "c", "Short option", "Another option", "The keyed, longest option", "Last option").Named($"item-{number}");

    private static List<ParsedQuestion> Bank(string keys) => keys.Select((key, i) => Plain(i + 1, key.ToString())).ToList();
}
