using CE.Platform.Web.Features.Assessments.ItemAnalysis;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

public sealed class ItemAnalysisCalculatorTests
{
    private static ScoredAttempt Attempt(double score, params (string Id, double Credit)[] items) =>
        new(items.Select(i => new ItemResponse(i.Id, i.Credit, i.Credit > 0 ? ["a"] : ["b"], null)).ToList(), score, score >= 80, true);

    [Fact]
    public void An_item_everyone_gets_right_has_no_discrimination_and_no_consistency_can_come_from_it()
    {
        var calculator = new ItemAnalysisCalculator(new ItemAnalysisOptions { MinimumDraws = 2, MinimumPairDraws = 2 });
        foreach (var other in new[] { 0.0, 1, 0, 1 })
        {
            calculator.Add(Attempt(50 + 50 * other, ("easy", 1), ("other", other)));
        }

        var report = calculator.Result(new Dictionary<string, BankItem>());

        Assert.Null(report.Items.Single(i => i.QuestionId == "easy").Discrimination);
        Assert.Null(report.Consistency.Alpha);
        Assert.Contains("No pair", report.Consistency.NotShownBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_of_100_falls_in_the_last_bin_and_a_score_just_under_10_in_the_first()
    {
        var calculator = new ItemAnalysisCalculator(new ItemAnalysisOptions());
        calculator.Add(Attempt(100, ("q", 1)));
        calculator.Add(Attempt(9.99, ("q", 0)));
        calculator.Add(Attempt(10, ("q", 0)));

        Assert.Equal([1, 1, 0, 0, 0, 0, 0, 0, 0, 1], calculator.Result(new Dictionary<string, BankItem>()).Histogram);
    }

    [Fact]
    public void Items_whose_credit_rises_with_the_rest_of_the_score_correlate_positively_and_a_miskeyed_one_negatively()
    {
        var calculator = new ItemAnalysisCalculator(new ItemAnalysisOptions { MinimumDraws = 4, MinimumPairDraws = 4 });
        // Strong learners get "good", "also" and "third" right and "miskeyed" wrong; weak learners the reverse.
        for (var i = 0; i < 6; i++)
        {
            var (right, wrong) = i % 2 == 0 ? (1, 0) : (0, 1);
            calculator.Add(Attempt(75 * right + 25 * wrong, ("good", right), ("also", right), ("third", right), ("miskeyed", wrong)));
        }

        var items = calculator.Result(new Dictionary<string, BankItem>()).Items.ToDictionary(i => i.QuestionId);

        Assert.True(items["good"].Discrimination > 0.9);
        Assert.True(items["miskeyed"].Discrimination < -0.9);
    }
}
