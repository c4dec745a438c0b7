namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>One item's running sums across the attempts that drew it.</summary>
internal sealed class ItemTally(string questionId)
{
    private readonly CorrelationTally itemRest = new();
    private readonly Dictionary<string, int> chosen = new(StringComparer.Ordinal);
    private readonly List<double> seconds = [];
    private int drawn, omitted;
    private double credit;

    public string QuestionId => questionId;

    public void Add(ItemResponse response, double? rest)
    {
        drawn++;
        credit += response.Credit;
        omitted += response.Chosen.Count == 0 ? 1 : 0;
        foreach (var key in response.Chosen)
        {
            chosen[key] = chosen.GetValueOrDefault(key) + 1;
        }

        if (response.Seconds is { } s)
        {
            seconds.Add(s);
        }

        if (rest is { } r)
        {
            itemRest.Add(response.Credit, r);
        }
    }

    public ItemStatistics Statistics(BankItem? bankItem, int minimumDraws)
    {
        var facility = credit / drawn;
        var discrimination = itemRest.Correlation(minimumDraws);
        var keys = (bankItem?.OptionKeys ?? []).Concat(chosen.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal);
        var options = keys.Select(key => new OptionRate(key, bankItem?.AnswerKeys.Contains(key) ?? false, (double)chosen.GetValueOrDefault(key) / drawn)).ToList();
        // Without the bank there is no key, and no distractor can be judged.
        IEnumerable<OptionRate> flagged = bankItem is null ? [] : options;
        return new ItemStatistics(questionId, bankItem?.Stem ?? "", drawn, facility, discrimination, options, (double)omitted / drawn,
            Median(seconds), ItemFlagRules.For(drawn, facility, discrimination, flagged, minimumDraws));
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
