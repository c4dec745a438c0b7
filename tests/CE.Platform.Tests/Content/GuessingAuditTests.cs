using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Quality;
using CE.Platform.Web.Features.Content.Quality.Guessing;
using static CE.Platform.Tests.Content.TinyBank;

namespace CE.Platform.Tests.Content;

/// <summary>The audit draws and scores as the app does: the module's draw count and passing score decide.</summary>
public sealed class GuessingAuditTests
{
    /// <summary>Ten items; the longest option is the key in the first <paramref name="giveaways"/>, the shortest in the rest.</summary>
    private static IReadOnlyList<QuestionDefinition> LongestKeyedIn(int giveaways) =>
        Of(10, n => Single($"q{n}", $"Which is right in case {n}?", n < giveaways ? "a" : "b", "The long, qualified answer.", "Short."));

    [Theory]
    [InlineData(60, 1.0)]
    [InlineData(70, 0.0)]
    public void The_modules_passing_score_decides_whether_six_right_answers_in_ten_pass(int passingScore, double expected)
    {
        var share = GuessingAudit.Simulate(LongestKeyedIn(6), Rules(passing: passingScore), new LongestOption(), 500, seed: 1).Share;

        Assert.Equal(expected, share);
    }

    [Fact]
    public void Drawing_five_of_ten_questions_passes_as_often_as_drawing_at_most_one_of_the_two_hard_ones()
    {
        var share = GuessingAudit.Simulate(LongestKeyedIn(8), Rules(draw: 5), new LongestOption(), 20_000, seed: 1).Share;

        // Both hard items among five drawn of ten: C(8,3) / C(10,5) = 56 / 252, so 4 of 5 right (80%) in 196 / 252 attempts.
        Assert.InRange(share, 196.0 / 252 - 0.015, 196.0 / 252 + 0.015);
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers_and_another_seed_other_ones()
    {
        var bank = LongestKeyedIn(8);
        StrategyPassShare Run(int seed) => GuessingAudit.Simulate(bank, Rules(draw: 5), new RandomGuess(), 3_000, seed);

        Assert.Equal(Run(11), Run(11));
        Assert.NotEqual(Run(11).Passed, Run(12).Passed);
    }

    [Fact]
    public void A_module_is_audited_with_every_strategy_in_order()
    {
        var audit = GuessingAudit.Run(MinimalModule(LongestKeyedIn(6)), attempts: 100);

        Assert.Equal(["longest-option", "stem-overlap", "avoid-absolutes", "most-frequent-key-letter", "random"], audit.Strategies.Select(s => s.Strategy));
        Assert.All(audit.Strategies, s => Assert.Equal(100, s.Attempts));
    }

    [Fact]
    public void A_strategy_scores_the_same_alone_as_beside_the_other_strategies()
    {
        var module = MinimalModule(LongestKeyedIn(8)) with { Quiz = Rules(draw: 5) };

        var beside = GuessingAudit.Run(module, attempts: 1_000, seed: 5).Strategies.Single(s => s.Strategy == "random");

        Assert.Equal(GuessingAudit.Simulate(module.Questions, module.Quiz, new RandomGuess(), 1_000, seed: 5), beside);
    }

    private static ModuleDefinition MinimalModule(IReadOnlyList<QuestionDefinition> bank) => new()
    {
        Id = "tiny", Title = "Tiny", Summary = "", Objectives = [], EstimatedMinutes = 1, CreditHours = 0, CreditTypes = [],
        Audience = "", Authors = [], Reviewer = new("R", null), LastReviewed = default, ReviewDue = default, Disclosure = "",
        References = [], Quiz = Rules(), Body = "", Sections = [], Questions = bank, SourcePath = "tiny.md",
    };
}
