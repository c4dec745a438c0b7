namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// Internal consistency that stays defined when every attempt draws different questions. Classical
/// alpha needs every person to answer the same items; here each pair of items is correlated over
/// the attempts that drew both, pairs drawn together fewer than the minimum are left out, and the
/// mean inter-item correlation r̄ is stepped up to the draw length k with Spearman–Brown:
/// α = k·r̄ / (1 + (k − 1)·r̄), i.e. standardised coefficient alpha for a k-item form.
/// </summary>
public static class ConsistencyRule
{
    public static ConsistencyEstimate Estimate(IReadOnlyCollection<CorrelationTally> pairs, double drawLength, int minimumPairDraws)
    {
        var correlations = pairs.Select(p => p.Correlation(minimumPairDraws)).OfType<double>().ToList();
        if (drawLength < 2)
        {
            return new(null, null, 0, pairs.Count, drawLength, "Attempts draw fewer than two questions.");
        }

        if (correlations.Count == 0)
        {
            return new(null, null, 0, pairs.Count, drawLength,
                $"No pair of questions was drawn together in at least {minimumPairDraws} attempts with varying credit.");
        }

        var mean = correlations.Average();
        var denominator = 1 + (drawLength - 1) * mean;
        return denominator <= 0
            ? new(null, mean, correlations.Count, pairs.Count, drawLength, "The items correlate negatively on average; alpha is not meaningful.")
            : new(drawLength * mean / denominator, mean, correlations.Count, pairs.Count, drawLength, null);
    }
}
