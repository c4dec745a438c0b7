using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;
using static CE.Platform.Tests.Content.TestItems;

namespace CE.Platform.Tests.Content;

/// <summary>Rules needing the module with its bank, and repeated stems across a course.</summary>
public sealed class ModuleRulesTests
{
    private const string ModulePath = "courses/test-course/01-basics.md";
    private const int ObjectivesLine = 5;
    private const int SecondSectionLine = 40;

    [Fact]
    public void An_objective_tested_by_fewer_than_two_items_is_flagged_on_the_objectives()
    {
        var flawed = new[] { Item(1, 1), Item(2, 1), Item(3, 2), Item(4, 3), Item(5, 3) };
        var fixedBank = flawed.Append(Item(6, 2)).ToList();

        var finding = Assert.Single(ModuleRules.ObjectiveCoverage(Module(), flawed));

        Assert.Equal(("objective-coverage", ModulePath, ObjectivesLine), (finding.Rule, finding.Path, finding.Line));
        Assert.Contains("objective 2 ('Compare intranasal and IV onset.') is tested by 1 item(s)", finding.Message, StringComparison.Ordinal);
        Assert.Empty(ModuleRules.ObjectiveCoverage(Module(), fixedBank));
    }

    [Fact]
    public void A_section_tested_by_fewer_than_two_items_is_flagged_on_its_heading()
    {
        var flawed = new[] { Item(1, 1), Item(2, 2), Item(3, 3, "dosing") };
        var fixedBank = flawed.Append(Item(4, 3, "dosing")).ToList();

        var finding = Assert.Single(ModuleRules.SectionCoverage(Module(), flawed));

        Assert.Equal(("section-coverage", SecondSectionLine), (finding.Rule, finding.Line));
        Assert.Contains("'Dosing by indication' is tested by 1 item(s)", finding.Message, StringComparison.Ordinal);
        Assert.Empty(ModuleRules.SectionCoverage(Module(), fixedBank));
    }

    [Fact]
    public void A_rationale_that_does_not_name_its_section_is_flagged()
    {
        var flawed = Item(1, 1, "dosing").InSection("dosing", "Analgesic doses are 0.1–0.3 mg/kg.");
        var fixedItem = Item(1, 1, "dosing").InSection("dosing", "Analgesic doses are 0.1–0.3 mg/kg (see \"Dosing by\n indication\").");

        Assert.Equal("rationale-section", ModuleRules.RationaleSection(Module(), flawed)?.Rule);
        Assert.Null(ModuleRules.RationaleSection(Module(), fixedItem));
    }

    [Fact]
    public void A_review_that_shows_keys_is_flagged_on_the_review_line()
    {
        var finding = ModuleRules.ReviewShowsKeys(Module() with { Quiz = new QuizRules { Review = ReviewVisibility.Full } });

        Assert.Equal(("review-shows-keys", 30), (finding?.Rule, finding?.Line));
        Assert.Null(ModuleRules.ReviewShowsKeys(Module() with { Quiz = new QuizRules { Review = ReviewVisibility.AfterPass } }));
    }

    [Fact]
    public void An_identical_stem_anywhere_in_the_course_is_an_error_at_the_later_item_naming_the_earlier()
    {
        const string otherBank = "courses/test-course/02-safety.questions.yaml";
        var first = Single("Which monitoring does ketamine sedation in the emergency department need?", "a", "Pulse oximetry", "None", "ECG only", "EEG").Named("ed-monitoring");
        var repeat = Single("Which monitoring does ketamine sedation in the  emergency department need", "a", "Capnography", "None", "ECG", "EEG").Named("ed-monitoring-2", 44, otherBank);

        var finding = Assert.Single(CourseRules.DuplicateStems([first, repeat]));

        Assert.Equal(("duplicate-stem", Severity.Error, otherBank, 44), (finding.Rule, finding.Severity, finding.Path, finding.Line));
        Assert.Contains($"'ed-monitoring' ({Bank})", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reworded_stem_half_or_more_alike_is_a_near_duplicate_and_a_new_question_is_not()
    {
        const string stem = "A 45-year-old woman with treatment-resistant depression receives ketamine 0.5 mg/kg IV over 40 minutes. What is the most likely time course of her response?";
        var first = Single(stem, "a", "One", "Two", "Three", "Four").Named("trd-course");
        var reworded = Single(stem.Replace("time course", "duration", StringComparison.Ordinal), "a", "One", "Two", "Three", "Four").Named("trd-duration");
        var different = Single("A 45-year-old woman asks whether ketamine infusions can be combined with her lithium. What do you advise?", "a", "One", "Two", "Three", "Four").Named("lithium");

        var finding = Assert.Single(CourseRules.DuplicateStems([first, reworded, different]));

        Assert.Equal(("near-duplicate-stem", Severity.Warning), (finding.Rule, finding.Severity));
        Assert.Contains("question 'trd-duration'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("like that of 'trd-course'", finding.Message, StringComparison.Ordinal);
        Assert.True(new StemSimilarity(stem).To(new StemSimilarity(reworded.Question.Stem)) >= CourseRules.NearDuplicateSimilarity);
    }

    [Fact]
    public void Stem_similarity_is_the_jaccard_index_of_word_three_shingles()
    {
        // {one two three, two three four} and {one two three, two three five}: 1 shared of 3.
        Assert.Equal(1.0 / 3, new StemSimilarity("One two three four").To(new StemSimilarity("one, two three five?")), 6);
        Assert.Equal(1.0, new StemSimilarity("Ketamine?").To(new StemSimilarity("ketamine")));
    }

    private static ParsedQuestion Item(int number, int objective, string section = "chemistry") =>
        Plain(number).WithObjective(objective).InSection(section, "See (see \"Chemistry\").");

    private static ModuleDefinition Module() => new()
    {
        Id = "basics",
        Title = "Basics",
        Summary = "The basics.",
        Objectives = ["Explain use-dependent block.", "Compare intranasal and IV onset.", "Select an analgesic dose."],
        EstimatedMinutes = 60,
        CreditHours = 1,
        CreditTypes = ["ama-pra-1"],
        Audience = "Clinicians.",
        Authors = [new PersonDefinition("Author", null)],
        Reviewer = new PersonDefinition("Reviewer", null),
        LastReviewed = new DateOnly(2026, 1, 1),
        ReviewDue = new DateOnly(2027, 1, 1),
        Disclosure = "None.",
        References = [],
        Quiz = new QuizRules { Review = ReviewVisibility.AfterPass },
        Body = "",
        Sections = [new SectionDefinition("chemistry", "Chemistry", 20), new SectionDefinition("dosing", "Dosing by indication", SecondSectionLine)],
        Questions = [],
        SourcePath = ModulePath,
        KeyLines = new Dictionary<string, int> { ["objectives"] = ObjectivesLine, ["quiz.review"] = 30 },
    };
}
