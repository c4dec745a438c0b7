namespace CE.Platform.Web.Features.Dashboard;

/// <summary>Turns the grouped counts the database returns into the weeks and units the charts draw.</summary>
public static class DashboardBuckets
{
    public const string NoUnit = "(no unit)";

    /// <summary>
    /// One point per week, ending today and going <paramref name="weeksAhead"/> weeks on (the due line
    /// only: nothing is completed in the future). Counts are cumulative over all time, so cycles due or
    /// completed before the window start the lines above zero.
    /// </summary>
    public static IReadOnlyList<TimelinePoint> Timeline(IReadOnlyList<DayCount> due, IReadOnlyList<DayCount> completed, DateOnly today, int weeksBack, int weeksAhead) =>
        Enumerable.Range(-weeksBack, weeksBack + weeksAhead + 1).Select(k => today.AddDays(7 * k))
            .Select(week => new TimelinePoint(week, due.Where(d => d.Day <= week).Sum(d => d.Count),
                week > today ? null : completed.Where(c => c.Day <= week).Sum(c => c.Count)))
            .ToList();

    /// <summary>Units worst first (share overdue, then count, then name); units with nothing assigned are left out.</summary>
    public static IReadOnlyList<UnitOverdue> Units(IReadOnlyList<UnitCount> counts, IReadOnlyDictionary<int, string> unitNames) =>
        counts.GroupBy(c => c.UnitId is { } id && unitNames.TryGetValue(id, out var name) ? name : NoUnit)
            .Select(g => new UnitOverdue(g.Key, g.Sum(c => c.Count), g.Where(c => c.Overdue).Sum(c => c.Count)))
            .OrderByDescending(u => u.Share).ThenByDescending(u => u.Overdue).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();

    /// <summary>Weeks counted from today (the last may be shorter), every week present even when empty.</summary>
    public static IReadOnlyList<RenewalWeek> Renewals(IReadOnlyList<RenewalCount> counts, DateOnly today, int days) =>
        Enumerable.Range(0, (days + 6) / 7).Select(k => today.AddDays(7 * k))
            .Select(start => counts.Where(c => c.DueDate >= start && c.DueDate < start.AddDays(7)).ToList())
            .Select((inWeek, k) => new RenewalWeek(today.AddDays(7 * k), inWeek.Where(c => c.Completed).Sum(c => c.Count), inWeek.Where(c => !c.Completed).Sum(c => c.Count)))
            .ToList();
}
