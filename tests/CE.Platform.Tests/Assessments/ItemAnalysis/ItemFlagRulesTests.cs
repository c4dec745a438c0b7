using CE.Platform.Web.Features.Assessments.ItemAnalysis;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

public sealed class ItemFlagRulesTests
{
    private static readonly OptionRate[] Healthy = [new("a", true, 0.6), new("b", false, 0.2), new("c", false, 0.2)];

    private static ItemFlagKind[] Kinds(double facility, double? discrimination, OptionRate[]? options = null, int drawn = 50) =>
        ItemFlagRules.For(drawn, facility, discrimination, options ?? Healthy, minimumDraws: 10).Select(f => f.Kind).ToArray();

    [Fact]
    public void A_mid_difficulty_item_that_discriminates_and_uses_its_distractors_is_not_flagged() =>
        Assert.Empty(Kinds(0.6, 0.35));

    [Theory]
    [InlineData(0.96, ItemFlagKind.VeryEasy)]
    [InlineData(0.29, ItemFlagKind.VeryHard)]
    public void Facility_outside_030_to_095_is_flagged(double facility, ItemFlagKind expected) =>
        Assert.Equal([expected], Kinds(facility, 0.35));

    [Theory]
    [InlineData(0.95)]
    [InlineData(0.30)]
    public void Facility_exactly_on_a_threshold_is_not_flagged(double facility) => Assert.Empty(Kinds(facility, 0.35));

    [Fact]
    public void Discrimination_below_015_is_flagged_low() => Assert.Equal([ItemFlagKind.LowDiscrimination], Kinds(0.6, 0.14));

    [Fact]
    public void Negative_discrimination_is_flagged_as_a_likely_key_error_and_not_also_as_low()
    {
        var flags = ItemFlagRules.For(50, 0.6, -0.2, Healthy, 10);

        Assert.Equal([ItemFlagKind.NegativeDiscrimination], flags.Select(f => f.Kind));
        Assert.Contains("likely key error", flags[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_distractor_chosen_by_under_2_percent_is_flagged_by_key_but_a_rarely_chosen_key_is_not()
    {
        OptionRate[] options = [new("a", true, 0.01), new("b", false, 0.019), new("c", false, 0.02), new("d", false, 0)];

        var flags = ItemFlagRules.For(50, 0.6, 0.35, options, 10);

        Assert.Equal(["Distractor b chosen by under 2%", "Distractor d chosen by under 2%"], flags.Select(f => f.Text));
    }

    [Fact]
    public void An_item_drawn_fewer_times_than_the_minimum_gets_no_flags() =>
        Assert.Empty(Kinds(1.0, -0.5, [new("a", true, 1), new("b", false, 0)], drawn: 9));

    [Fact]
    public void An_item_without_a_discrimination_is_judged_on_the_rest() =>
        Assert.Equal([ItemFlagKind.VeryEasy], Kinds(0.99, null));
}
