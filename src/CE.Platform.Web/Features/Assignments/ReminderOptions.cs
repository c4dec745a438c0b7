namespace CE.Platform.Web.Features.Assignments;

public sealed class ReminderOptions
{
    /// <summary>Days before the due date on which learners are reminded.</summary>
    public int[] DaysBefore { get; set; } = [14, 3];

    /// <summary>The day coordinators get their weekly digest of overdue learners.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;
}
