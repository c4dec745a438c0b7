namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// Time on each item, estimated from when each was first answered: items in the order they were
/// first answered, each taking the time since the previous one (the first, since the start). The
/// platform shows every question on one page, so this is an approximation: it charges reading,
/// skipping about and returning to the next item answered. Unanswered items get no time.
/// </summary>
public static class ItemTimes
{
    public static IReadOnlyDictionary<string, double> From(IReadOnlyDictionary<string, int> firstAnsweredSecond)
    {
        var ordered = firstAnsweredSecond.ToArray();
        // Ties (several answers in one save) share the save: the first (by id) gets the gap, the others zero.
        Array.Sort(ordered, (x, y) => x.Value != y.Value ? x.Value.CompareTo(y.Value) : string.CompareOrdinal(x.Key, y.Key));
        var times = new Dictionary<string, double>(ordered.Length, StringComparer.Ordinal);
        var previous = 0;
        foreach (var (id, second) in ordered)
        {
            times[id] = Math.Max(0, second - previous);
            previous = Math.Max(previous, second);
        }

        return times;
    }
}
