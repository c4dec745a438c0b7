namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// Classical item analysis for randomly drawn quizzes, one attempt at a time (attempts stream past
/// and only running sums are kept, plus each item's times for the median). Each item is judged only
/// on the attempts that drew it; its discrimination is the item–rest correlation, the rest being the
/// attempt's mean credit on its other items, so the item does not correlate with itself.
/// </summary>
public sealed class ItemAnalysisCalculator(ItemAnalysisOptions options)
{
    private readonly Dictionary<string, int> indexOf = new(StringComparer.Ordinal);
    private readonly List<ItemTally> items = [];
    private readonly Dictionary<long, CorrelationTally> pairs = [];
    private readonly int[] histogram = new int[10];
    private int attempts, passed, firstAttempts, firstPassed;
    private long itemsDrawn;

    public int Attempts => attempts;

    public void Add(ScoredAttempt attempt)
    {
        attempts++;
        passed += attempt.Passed ? 1 : 0;
        firstAttempts += attempt.IsFirstAttempt ? 1 : 0;
        firstPassed += attempt.IsFirstAttempt && attempt.Passed ? 1 : 0;
        histogram[Math.Clamp((int)Math.Floor(attempt.ScorePercent / 10), 0, 9)]++;
        itemsDrawn += attempt.Items.Count;

        var total = attempt.Items.Sum(i => i.Credit);
        var indices = new int[attempt.Items.Count];
        for (var i = 0; i < attempt.Items.Count; i++)
        {
            var response = attempt.Items[i];
            indices[i] = IndexOf(response.QuestionId);
            var rest = attempt.Items.Count > 1 ? (total - response.Credit) / (attempt.Items.Count - 1) : (double?)null;
            items[indices[i]].Add(response, rest);
        }

        for (var i = 0; i < indices.Length; i++)
        {
            for (var j = i + 1; j < indices.Length; j++)
            {
                var (low, high, x, y) = indices[i] < indices[j]
                    ? (indices[i], indices[j], attempt.Items[i].Credit, attempt.Items[j].Credit)
                    : (indices[j], indices[i], attempt.Items[j].Credit, attempt.Items[i].Credit);
                var key = ((long)low << 32) | (uint)high;
                if (!pairs.TryGetValue(key, out var tally))
                {
                    pairs[key] = tally = new CorrelationTally();
                }

                tally.Add(x, y);
            }
        }
    }

    /// <summary>The report, with stems and keys from <paramref name="bank"/> (items missing from it keep their id only).</summary>
    public ItemAnalysisReport Result(IReadOnlyDictionary<string, BankItem> bank)
    {
        var statistics = items
            .Select(item => item.Statistics(bank.GetValueOrDefault(item.QuestionId), options.MinimumDraws))
            .OrderBy(s => s.QuestionId, StringComparer.Ordinal)
            .ToList();
        var drawLength = attempts == 0 ? 0 : (double)itemsDrawn / attempts;
        return new ItemAnalysisReport(
            attempts,
            attempts == 0 ? null : (double)passed / attempts,
            firstAttempts,
            firstAttempts == 0 ? null : (double)firstPassed / firstAttempts,
            histogram.ToList(),
            ConsistencyRule.Estimate(pairs.Values, drawLength, options.MinimumPairDraws),
            statistics);
    }

    private int IndexOf(string questionId)
    {
        if (!indexOf.TryGetValue(questionId, out var index))
        {
            indexOf[questionId] = index = items.Count;
            items.Add(new ItemTally(questionId));
        }

        return index;
    }
}
