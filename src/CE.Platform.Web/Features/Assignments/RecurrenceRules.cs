namespace CE.Platform.Web.Features.Assignments;

public enum ObligationStatus
{
    Completed,
    Overdue,
    DueSoon,
    Upcoming,
}

/// <summary>The calendar of assignments, as plain functions of dates.</summary>
public static class RecurrenceRules
{
    public const int DueSoonDays = 14;

    /// <summary>The next cycle's due date: same day, <paramref name="months"/> later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).</summary>
    public static DateOnly NextDueDate(DateOnly due, int months) => due.AddMonths(months);

    /// <summary>When the first cycle starts counting completions: recent ones, within the window before assigning, count.</summary>
    public static DateTime FirstOpensAt(DateTime assignedAtUtc, int windowDays) => assignedAtUtc.AddDays(-windowDays);

    /// <summary>
    /// When a renewal cycle starts counting: <paramref name="windowDays"/> before its due date, but
    /// never before the completion that closed the previous cycle (one completion counts once).
    /// </summary>
    public static DateTime RenewalOpensAt(DateOnly nextDue, int windowDays, DateTime previousCompletedAtUtc)
    {
        var windowStart = nextDue.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-windowDays);
        return windowStart > previousCompletedAtUtc ? windowStart : previousCompletedAtUtc.AddTicks(1);
    }

    public static bool Counts(DateTime completedAtUtc, DateTime opensAtUtc) => completedAtUtc >= opensAtUtc;

    public static ObligationStatus Status(DateOnly today, DateOnly due, DateTime? completedAtUtc) =>
        completedAtUtc is not null ? ObligationStatus.Completed
        : today > due ? ObligationStatus.Overdue
        : today.AddDays(DueSoonDays) >= due ? ObligationStatus.DueSoon
        : ObligationStatus.Upcoming;
}
