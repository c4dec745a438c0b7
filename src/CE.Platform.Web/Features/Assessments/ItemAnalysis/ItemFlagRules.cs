namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// When an item deserves the committee's attention. Thresholds follow common classical-test-theory
/// practice (and Moodle's quiz statistics): facility outside 0.30–0.95, item–rest correlation below
/// 0.15, a negative one (people who do well overall get it wrong: usually a wrong key), and a
/// distractor almost nobody picks (it does no work). Items drawn too rarely get no flags at all.
/// </summary>
public static class ItemFlagRules
{
    public const double VeryEasyAbove = 0.95;
    public const double VeryHardBelow = 0.30;
    public const double LowDiscriminationBelow = 0.15;
    public const double RareDistractorBelow = 0.02;

    public static IReadOnlyList<ItemFlag> For(int drawn, double facility, double? discrimination, IEnumerable<OptionRate> options, int minimumDraws)
    {
        var flags = new List<ItemFlag>();
        if (drawn < minimumDraws)
        {
            return flags;
        }

        if (facility > VeryEasyAbove)
        {
            flags.Add(new(ItemFlagKind.VeryEasy, "Very easy (facility above 0.95)"));
        }
        else if (facility < VeryHardBelow)
        {
            flags.Add(new(ItemFlagKind.VeryHard, "Very hard (facility below 0.30)"));
        }

        if (discrimination < 0)
        {
            flags.Add(new(ItemFlagKind.NegativeDiscrimination, "Negative discrimination: likely key error"));
        }
        else if (discrimination < LowDiscriminationBelow)
        {
            flags.Add(new(ItemFlagKind.LowDiscrimination, "Low discrimination (below 0.15)"));
        }

        flags.AddRange(options.Where(o => !o.IsKey && o.Rate < RareDistractorBelow)
            .Select(o => new ItemFlag(ItemFlagKind.RareDistractor, $"Distractor {o.Key} chosen by under 2%")));
        return flags;
    }
}
