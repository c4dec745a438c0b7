namespace CE.Platform.Web.Features.Assignments;

/// <summary>Which reminder an open obligation is owed today (pure; the job records what it sent).</summary>
public static class ReminderRules
{
    /// <summary>
    /// "overdue" once past due; otherwise the nearest threshold at or beyond the days left (at 10
    /// days left with thresholds 14 and 3: "due-14"); null when none applies yet.
    /// </summary>
    public static string? ReminderFor(DateOnly today, DateOnly due, IReadOnlyCollection<int> daysBefore)
    {
        var daysLeft = due.DayNumber - today.DayNumber;
        if (daysLeft < 0)
        {
            return "overdue";
        }

        var threshold = daysBefore.Where(d => d >= daysLeft).DefaultIfEmpty(-1).Min();
        return threshold < 0 ? null : $"due-{threshold}";
    }

    /// <summary>ISO week label for the weekly digest key, e.g. 2026-W48.</summary>
    public static string Week(DateOnly day) => $"{System.Globalization.ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{System.Globalization.ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}";
}
