using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;
using static CE.Platform.Tests.Content.TestItems;

namespace CE.Platform.Tests.Content;

/// <summary>Testwiseness cues (NBME guide); each with a flawed item and its fixed version.</summary>
public sealed class CueRulesTests
{
    [Theory]
    [InlineData(40, 50, false)] // exactly 1.25 ×: not more
    [InlineData(40, 51, true)]
    [InlineData(10, 19, false)] // nearly twice, but only 9 characters more
    [InlineData(10, 20, true)]
    public void A_key_over_a_quarter_and_ten_characters_longer_than_every_distractor_is_flagged(int distractor, int key, bool flagged)
    {
        var item = Single("Which statement about ketamine is correct?", "a", new string('k', key), new string('d', distractor), "Short one", "Short two");

        var finding = CueRules.KeyMuchLonger(item);

        Assert.Equal(flagged, finding is not null);
        Assert.True(finding is null || finding is { Rule: "key-much-longer", Severity: Severity.Warning } && finding.Line == OptionLine('a'), finding?.ToString());
    }

    [Fact]
    public void A_padded_key_is_flagged_and_the_trimmed_key_is_not()
    {
        const string stem = "A 30-year-old man receives ketamine for a shoulder reduction. Which adverse effect should the team prepare for?";
        var flawed = Single(stem, "b", "Bradycardia and hypotension", "Vivid dreams, confusion and agitation as the drug wears off", "Prolonged muscle paralysis", "Malignant hyperthermia");
        var fixedItem = Single(stem, "b", "Bradycardia and hypotension", "Vivid dreams and agitation", "Prolonged muscle paralysis", "Malignant hyperthermia");

        Assert.NotNull(CueRules.KeyMuchLonger(flawed));
        Assert.Null(CueRules.KeyMuchLonger(fixedItem));
    }

    [Fact]
    public void Absolute_words_only_in_distractors_are_flagged_at_the_first_such_distractor()
    {
        const string stem = "What does ketamine do to intracranial pressure in a sedated, ventilated patient?";
        var flawed = Single(stem, "a", "It does not raise it meaningfully", "It always raises it dangerously", "It lowers it in every patient", "It doubles it");
        var fixedItem = Single(stem, "a", "It does not raise it meaningfully", "It raises it dangerously", "It lowers it markedly", "It doubles it");

        var finding = CueRules.AbsoluteWordsInDistractors(flawed);

        Assert.Equal(("absolute-words-in-distractors", OptionLine('b')), (finding?.Rule, finding?.Line));
        Assert.Contains("always, every", finding?.Message, StringComparison.Ordinal);
        Assert.Null(CueRules.AbsoluteWordsInDistractors(fixedItem));
    }

    [Fact]
    public void Absolute_words_are_no_cue_when_the_key_has_one_too()
    {
        var item = Single("Which statement about ketamine and airway reflexes holds?", "a", "Aspiration is never impossible", "Reflexes are always lost", "Apnoea is common", "Reflexes vanish");

        Assert.Null(CueRules.AbsoluteWordsInDistractors(item));
    }

    [Theory]
    [InlineData("4–6 mg/kg intramuscularly every four hours", false)]
    [InlineData("0.5 mg/kg every 2 hours as needed", false)]
    [InlineData("A dose every other day", false)]
    [InlineData("It helps every patient", true)]
    public void Every_in_a_dosing_interval_is_not_an_absolute_word(string text, bool absolute)
    {
        Assert.Equal(absolute, ItemText.HasAbsoluteWord(text));
    }

    [Fact]
    public void A_stem_ending_in_an_article_that_fits_only_the_key_is_a_grammatical_cue()
    {
        var flawed = Single("Ketamine is best described as an", "a", "NMDA-receptor antagonist", "benzodiazepine", "partial mu-opioid agonist", "GABA-A agonist");
        var fixedItem = Single("Which class of drug is ketamine?", "a", "NMDA-receptor antagonist", "benzodiazepine", "partial mu-opioid agonist", "GABA-A agonist");

        var finding = CueRules.GrammaticalCue(flawed);

        Assert.Equal(("grammatical-cue", Severity.Warning, OptionLine('b')), (finding?.Rule, finding?.Severity, finding?.Line));
        Assert.Null(CueRules.GrammaticalCue(fixedItem));
    }

    [Fact]
    public void A_stem_ending_in_an_article_that_fits_every_option_is_no_cue()
    {
        var item = Single("Ketamine is best described as an", "a", "NMDA-receptor antagonist", "opioid agonist", "antihistamine", "SSRI");

        Assert.Null(CueRules.GrammaticalCue(item));
    }

    [Fact]
    public void A_stem_ending_in_vitamin_A_has_no_article()
    {
        var item = Single("Which deficiency mimics a reaction to vitamin A", "a", "An excess of vitamin D", "A lack of iron", "Zinc", "Copper");

        Assert.Null(CueRules.GrammaticalCue(item));
    }

    [Fact]
    public void A_long_stem_word_repeated_only_in_the_key_is_a_clang_cue()
    {
        const string stem = "A patient with treatment-resistant depression asks how soon the antidepressant effect of one ketamine infusion appears. What do you tell her?";
        var flawed = Single(stem, "c", "After about six weeks", "Only with daily dosing", "An antidepressant effect within a day", "Not before the third month");
        var fixedItem = Single(stem, "c", "After about six weeks", "Only with daily dosing", "Within a day", "Not before the third month");

        var finding = CueRules.WordRepeat(flawed);

        Assert.Equal(("word-repeat", OptionLine('c')), (finding?.Rule, finding?.Line));
        Assert.Contains("'antidepressant', 'effect'", finding?.Message, StringComparison.Ordinal);
        Assert.Null(CueRules.WordRepeat(fixedItem));
    }

    [Fact]
    public void Short_words_and_words_other_options_share_are_no_clang_cue()
    {
        const string stem = "What dose of ketamine by the IV route gives analgesia without loss of consciousness?";
        // "dose" has four letters; "ketamine" is in the key and in a distractor.
        var item = Single(stem, "a", "A ketamine dose of 0.1 to 0.3 mg/kg", "A ketamine bolus of 2 mg/kg", "10 mg/kg", "5 mg/kg");

        Assert.Null(CueRules.WordRepeat(item));
    }
}
