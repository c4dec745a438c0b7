using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;
using static CE.Platform.Tests.Content.TestItems;

namespace CE.Platform.Tests.Content;

/// <summary>Rules about one item's form; each with a flawed item and its fixed version.</summary>
public sealed class ItemRulesTests
{
    private const string EmergenceStem =
        "A 30-year-old man receives ketamine 1 mg/kg IV for a shoulder reduction. Which adverse effect should the team prepare for during emergence?";

    /// <summary>Balanced options, no cues: the fixed version most tests start from.</summary>
    public static ParsedQuestion WellWritten() =>
        Single(EmergenceStem, "b", "Bradycardia and hypotension", "Vivid dreams and agitation", "Prolonged muscle paralysis", "Malignant hyperthermia");

    [Fact]
    public void A_well_written_item_breaks_no_item_rule()
    {
        Assert.Empty(ItemRules.Check(WellWritten()).Concat(CueRules.Check(WellWritten())));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void A_single_answer_item_needs_four_or_five_options(int count, bool flagged)
    {
        var item = Single(EmergenceStem, "a", Enumerable.Range(1, count).Select(i => $"Option number {i}").ToArray());

        var finding = ItemRules.OptionCount(item);

        Assert.Equal(flagged, finding is not null);
        Assert.True(finding is null || finding is { Rule: "option-count", Severity: Severity.Warning, Line: IdLine }, finding?.ToString());
    }

    [Fact]
    public void A_multiple_response_item_is_not_held_to_the_option_count()
    {
        Assert.Null(ItemRules.OptionCount(Multiple("Which are dissociative anaesthetics?", ["a", "b"], "Ketamine", "Phencyclidine", "Propofol")));
    }

    [Fact]
    public void Two_options_with_the_same_text_are_an_error_at_the_second()
    {
        var flawed = Single("Which drug treats a severe emergence reaction after ketamine?", "a", "Midazolam", "Haloperidol", " MIDAZOLAM ", "Naloxone");
        var fixedItem = Single("Which drug treats a severe emergence reaction after ketamine?", "a", "Midazolam", "Haloperidol", "Flumazenil", "Naloxone");

        var finding = Assert.Single(ItemRules.DuplicateOptions(flawed));

        Assert.Equal(("duplicate-option", Severity.Error, OptionLine('c')), (finding.Rule, finding.Severity, finding.Line));
        Assert.Contains("options a and c have the same text", finding.Message, StringComparison.Ordinal);
        Assert.Empty(ItemRules.DuplicateOptions(fixedItem));
    }

    [Theory]
    [InlineData("All of the above")]
    [InlineData("None of the above.")]
    [InlineData("Both A and B")]
    [InlineData("a and c")]
    [InlineData("(a), (b) and (d) are correct")]
    [InlineData("Neither of the options")]
    public void An_option_that_refers_to_other_options_is_an_error_at_its_line(string text)
    {
        var flawed = Single("Which effect does ketamine have on airway reflexes?", "d", "They are preserved", "They are abolished", "Laryngospasm can occur", text);

        var finding = Assert.Single(ItemRules.AllNoneOfTheAbove(flawed));

        Assert.Equal(("all-none-of-the-above", Severity.Error, OptionLine('d')), (finding.Rule, finding.Severity, finding.Line));
    }

    [Theory]
    [InlineData("Hepatitis B and C")]
    [InlineData("Grade A and B evidence exists")]
    [InlineData("Emergence reactions are rarer in children than in all other groups")]
    public void Options_that_merely_contain_letters_or_all_are_not_option_references(string text)
    {
        Assert.Empty(ItemRules.AllNoneOfTheAbove(Single("Which statement holds?", "a", text, "Second", "Third", "Fourth")));
    }

    [Fact]
    public void A_stem_that_says_select_all_that_apply_is_flagged_and_the_plain_stem_is_not()
    {
        var flawed = Multiple("Which adverse effects are typical of ketamine? Select all that apply.", ["a", "b"], "Hypertension", "Hypersalivation", "Bradycardia");
        var fixedItem = flawed with { Question = flawed.Question with { Stem = "Which adverse effects are typical of ketamine?" } };

        Assert.Equal("select-all-in-stem", ItemRules.SelectAllInStem(flawed)?.Rule);
        Assert.Null(ItemRules.SelectAllInStem(fixedItem));
    }

    [Fact]
    public void An_item_without_an_objective_is_flagged_on_its_id_line()
    {
        var finding = ItemRules.MissingObjective(WellWritten().WithObjective(null));

        Assert.Equal(("missing-objective", Severity.Warning, IdLine), (finding?.Rule, finding?.Severity, finding?.Line));
        Assert.Null(ItemRules.MissingObjective(WellWritten().WithObjective(2)));
    }

    [Fact]
    public void A_finding_names_its_question()
    {
        var finding = ItemRules.MissingObjective(WellWritten().Named("emergence-drug").WithObjective(null));

        Assert.StartsWith("question 'emergence-drug': ", finding?.Message, StringComparison.Ordinal);
        Assert.Equal(Bank, finding?.Path);
    }
}
