namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>A module's item analysis over one set of attempts: stored as JSON by the nightly job.</summary>
/// <param name="Histogram">Attempts per 10-point score bin: [0, 10), [10, 20) … [90, 100] (100 falls in the last).</param>
public sealed record ItemAnalysisReport(
    int Attempts,
    double? PassRate,
    int FirstAttempts,
    double? FirstAttemptPassRate,
    IReadOnlyList<int> Histogram,
    ConsistencyEstimate Consistency,
    IReadOnlyList<ItemStatistics> Items);

/// <param name="Alpha">Standardised alpha stepped up to <paramref name="DrawLength"/>; null with <paramref name="NotShownBecause"/> when undefined.</param>
/// <param name="PairsUsed">Item pairs drawn together often enough to count, of <paramref name="PairsSeen"/> drawn together at all.</param>
public sealed record ConsistencyEstimate(double? Alpha, double? MeanInterItemCorrelation, int PairsUsed, int PairsSeen, double DrawLength, string? NotShownBecause);

/// <param name="Facility">Mean credit over the attempts that drew the item (0–1).</param>
/// <param name="Discrimination">Item–rest correlation; null when drawn fewer than the minimum or without variance.</param>
/// <param name="MedianSeconds">Median estimated time on the item, over draws with a recorded time.</param>
public sealed record ItemStatistics(
    string QuestionId,
    string Stem,
    int Drawn,
    double Facility,
    double? Discrimination,
    IReadOnlyList<OptionRate> Options,
    double OmittedRate,
    double? MedianSeconds,
    IReadOnlyList<ItemFlag> Flags);

/// <summary>The share of the item's draws in which this option was chosen (options of multiple-response items add up to more than 1).</summary>
public sealed record OptionRate(string Key, bool IsKey, double Rate);

public enum ItemFlagKind
{
    VeryEasy,
    VeryHard,
    LowDiscrimination,
    NegativeDiscrimination,
    RareDistractor,
}

/// <summary>A reason to review an item, with the words shown on its badge.</summary>
public sealed record ItemFlag(ItemFlagKind Kind, string Text);
