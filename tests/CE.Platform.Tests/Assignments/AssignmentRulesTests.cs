using System.Globalization;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;

namespace CE.Platform.Tests.Assignments;

/// <summary>The pure rules behind assignments: the renewal calendar, reminders, the invitation CSV and the matrix cell.</summary>
public sealed class AssignmentRulesTests
{
    private static readonly int[] Thresholds = [14, 3];
    private static readonly int[] ThresholdsReversed = [3, 14];
    private static readonly DateTime Now = Utc("2026-06-15T12:00:00");

    private static readonly Dictionary<int, string> Certificates = new() { [7] = "CE-2025-AAAA-0007", [8] = "CE-2026-BBBB-0008" };

    // ---- Recurrence ----

    [Theory]
    [InlineData("2026-03-01", 12, "2027-03-01")]
    [InlineData("2027-01-31", 1, "2027-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2028-02-29", 12, "2029-02-28")]
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2027-08-31", 6, "2028-02-29")]
    [InlineData("2026-11-30", 3, "2027-02-28")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    public void The_next_due_date_is_the_same_day_months_later_clamped_to_the_end_of_a_shorter_month(string due, int months, string expected) =>
        Assert.Equal(Day(expected), RecurrenceRules.NextDueDate(Day(due), months));

    [Fact]
    public void The_first_cycle_opens_the_window_before_the_moment_of_assigning() =>
        Assert.Equal(Utc("2025-10-17T09:30:00"), RecurrenceRules.FirstOpensAt(Utc("2026-01-15T09:30:00"), 90));

    [Fact]
    public void A_renewal_opens_at_midnight_utc_the_window_before_its_due_date_when_the_last_completion_was_earlier()
    {
        var opens = RecurrenceRules.RenewalOpensAt(Day("2027-03-01"), 90, Utc("2026-02-10T14:00:00"));

        Assert.Equal(Utc("2026-12-01T00:00:00"), opens);
        Assert.Equal(DateTimeKind.Utc, opens.Kind);
    }

    [Theory]
    [InlineData("2027-03-01", 400, "2026-02-10T14:00:00")]
    [InlineData("2027-03-01", 90, "2026-12-01T00:00:00")]
    [InlineData("2026-06-01", 90, "2026-05-20T08:00:00")]
    public void The_completion_that_closed_a_cycle_never_counts_again_for_the_renewal(string nextDue, int windowDays, string previousCompleted)
    {
        var previous = Utc(previousCompleted);
        var opens = RecurrenceRules.RenewalOpensAt(Day(nextDue), windowDays, previous);

        Assert.False(RecurrenceRules.Counts(previous, opens));
        Assert.True(RecurrenceRules.Counts(previous.AddSeconds(1), opens));
    }

    [Theory]
    [InlineData("2026-12-01T00:00:00", true)]
    [InlineData("2026-12-15T10:00:00", true)]
    [InlineData("2026-11-30T23:59:59", false)]
    public void A_completion_counts_from_the_moment_a_cycle_opens(string completed, bool counts) =>
        Assert.Equal(counts, RecurrenceRules.Counts(Utc(completed), Utc("2026-12-01T00:00:00")));

    [Theory]
    [InlineData("2026-01-15", ObligationStatus.Upcoming)]
    [InlineData("2026-02-14", ObligationStatus.Upcoming)]
    [InlineData("2026-02-15", ObligationStatus.DueSoon)]
    [InlineData("2026-03-01", ObligationStatus.DueSoon)]
    [InlineData("2026-03-02", ObligationStatus.Overdue)]
    public void An_open_obligation_due_on_1_march_is_upcoming_then_due_soon_for_14_days_and_overdue_the_day_after(string today, ObligationStatus expected) =>
        Assert.Equal(expected, RecurrenceRules.Status(Day(today), Day("2026-03-01"), completedAtUtc: null));

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("2026-04-01")]
    public void A_completed_obligation_is_completed_whatever_the_date(string today) =>
        Assert.Equal(ObligationStatus.Completed, RecurrenceRules.Status(Day(today), Day("2026-03-01"), Utc("2026-02-10T10:00:00")));

    [Fact]
    public void A_year_of_a_yearly_renewal_counts_each_completion_for_exactly_one_cycle()
    {
        const int window = 90;
        var firstDue = Day("2026-03-01");
        var firstOpens = RecurrenceRules.FirstOpensAt(Utc("2026-01-15T09:00:00"), window);
        Assert.True(RecurrenceRules.Counts(Utc("2025-12-20T10:00:00"), firstOpens));
        Assert.False(RecurrenceRules.Counts(Utc("2025-09-01T10:00:00"), firstOpens));

        var completed = Utc("2026-02-10T10:00:00");
        Assert.True(RecurrenceRules.Counts(completed, firstOpens));
        Assert.Equal(ObligationStatus.Completed, RecurrenceRules.Status(Day("2026-03-02"), firstDue, completed));

        var nextDue = RecurrenceRules.NextDueDate(firstDue, 12);
        var nextOpens = RecurrenceRules.RenewalOpensAt(nextDue, window, completed);
        Assert.Equal(Day("2027-03-01"), nextDue);
        Assert.Equal(Utc("2026-12-01T00:00:00"), nextOpens);
        Assert.False(RecurrenceRules.Counts(completed, nextOpens));
        Assert.False(RecurrenceRules.Counts(Utc("2026-06-01T10:00:00"), nextOpens));
        Assert.True(RecurrenceRules.Counts(Utc("2026-12-15T10:00:00"), nextOpens));
        Assert.Equal(ObligationStatus.Upcoming, RecurrenceRules.Status(Day("2026-12-15"), nextDue, completedAtUtc: null));
    }

    // ---- Reminders ----

    [Theory]
    [InlineData(20, null)]
    [InlineData(15, null)]
    [InlineData(14, "due-14")]
    [InlineData(10, "due-14")]
    [InlineData(4, "due-14")]
    [InlineData(3, "due-3")]
    [InlineData(1, "due-3")]
    [InlineData(0, "due-3")]
    [InlineData(-1, "overdue")]
    [InlineData(-30, "overdue")]
    public void The_reminder_owed_is_the_nearest_threshold_at_or_beyond_the_days_left_in_whatever_order_they_are_given(int daysLeft, string? expected)
    {
        var due = Day("2026-03-01");
        var today = due.AddDays(-daysLeft);

        Assert.Equal(expected, ReminderRules.ReminderFor(today, due, Thresholds));
        Assert.Equal(expected, ReminderRules.ReminderFor(today, due, ThresholdsReversed));
    }

    [Theory]
    [InlineData(30, null)]
    [InlineData(0, null)]
    [InlineData(-1, "overdue")]
    public void Without_thresholds_only_the_overdue_reminder_is_owed(int daysLeft, string? expected)
    {
        var due = Day("2026-03-01");

        Assert.Equal(expected, ReminderRules.ReminderFor(due.AddDays(-daysLeft), due, []));
    }

    [Theory]
    [InlineData("2025-12-29", "2026-W01")]
    [InlineData("2026-06-15", "2026-W25")]
    [InlineData("2026-12-28", "2026-W53")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2027-01-03", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    public void The_digest_week_is_the_iso_week_even_across_a_year_boundary(string day, string expected) =>
        Assert.Equal(expected, ReminderRules.Week(Day(day)));

    // ---- Invitation CSV ----

    [Theory]
    [InlineData("name,email,unit")]
    [InlineData("Name, Email ,Unit")]
    public void A_csv_with_a_header_blank_lines_and_windows_line_endings_gives_every_row_with_its_line(string header)
    {
        var (rows, problems) = InvitationCsv.Parse(
            $"{header}\r\nAda Lovelace,ada@example.org,Theatres\r\n\r\nAlan Turing,alan@example.org\r\n   \r\n Grace Hopper , grace@example.org ,  \r\n");

        Assert.Empty(problems);
        Assert.Equal(
            [new(2, "Ada Lovelace", "ada@example.org", "Theatres"), new(4, "Alan Turing", "alan@example.org", null), new InvitationRow(6, "Grace Hopper", "grace@example.org", null)],
            rows);
    }

    [Theory]
    [InlineData("\"Smith, Jr.\",js@example.org", "Smith, Jr.", null)]
    [InlineData("\"Anne \"\"Nan\"\" Jones\",anne@example.org,\"Theatres, Level 2\"", "Anne \"Nan\" Jones", "Theatres, Level 2")]
    public void Quoted_fields_may_hold_commas_and_doubled_quotes(string line, string name, string? unit)
    {
        var (rows, problems) = InvitationCsv.Parse(line);

        Assert.Empty(problems);
        var row = Assert.Single(rows);
        Assert.Equal((1, name, unit), (row.Line, row.Name, row.Unit));
    }

    public static TheoryData<string, string> BadRows => new()
    {
        { ",nobody@example.org", "the name must be 2 to 120 characters" },
        { $"{new string('n', 121)},long@example.org", "the name must be 2 to 120 characters" },
        { "Ada Lovelace,not-an-email", "'not-an-email' is not an email address" },
        { "Ada Lovelace,", "'' is not an email address" },
        { "Ada Lovelace,ada@example.org,Theatres,extra", "too many columns; use name,email[,unit]" },
        { $"Ada Lovelace,ada@example.org,{new string('u', 121)}", "the unit name is longer than 120 characters" },
        { "First Again,FIRST@Example.org", "FIRST@Example.org appears earlier in the file" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_reported_with_its_line_and_the_good_rows_around_it_are_kept_in_order(string bad, string message)
    {
        var (rows, problems) = InvitationCsv.Parse($"First,first@example.org\n{bad}\nLast,last@example.org");

        Assert.Equal([new RowProblem(2, message)], problems);
        Assert.Equal([(1, "first@example.org"), (3, "last@example.org")], rows.Select(r => (r.Line, r.Email)));
    }

    [Fact]
    public void Every_bad_row_is_reported_not_just_the_first()
    {
        var (rows, problems) = InvitationCsv.Parse("name,email\nA,a@example.org\nBea,bea@example.org\nBea Again,bea@example.org,Wards,x\nBea Twice,BEA@example.org\n");

        Assert.Equal(["line 2: the name must be 2 to 120 characters", "line 4: too many columns; use name,email[,unit]", "line 5: BEA@example.org appears earlier in the file"],
            problems.Select(p => p.ToString()));
        Assert.Equal([3], rows.Select(r => r.Line));
    }

    // ---- Compliance matrix cell ----

    [Fact]
    public void A_learner_without_cycles_is_not_assigned() =>
        Assert.Equal(new MatrixCell(CellStatus.NotAssigned, null, null, null), Cell([]));

    [Theory]
    [InlineData("2026-06-14", false, CellStatus.Overdue)]
    [InlineData("2026-06-14", true, CellStatus.Overdue)]
    [InlineData("2026-06-15", true, CellStatus.InProgress)]
    [InlineData("2026-07-01", true, CellStatus.InProgress)]
    [InlineData("2026-06-15", false, CellStatus.NotStarted)]
    [InlineData("2026-07-01", false, CellStatus.NotStarted)]
    public void An_open_cycle_is_overdue_after_its_due_date_and_otherwise_in_progress_or_not_started(string due, bool started, CellStatus expected) =>
        Assert.Equal(new MatrixCell(expected, Day(due), null, null), Cell([Open(due)], started));

    [Fact]
    public void A_completed_cycle_shows_its_completion_and_the_certificate_of_that_completion()
    {
        var cell = Cell([Done("2026-03-01", "2026-02-10T10:00:00", completionId: 8)]);

        Assert.Equal((CellStatus.Completed, Utc("2026-02-10T10:00:00"), "CE-2026-BBBB-0008"), (cell.Status, cell.CompletedAtUtc, cell.CertificateNumber));
    }

    [Fact]
    public void A_renewal_whose_window_has_not_opened_shows_the_last_completion_with_the_renewal_due_date() =>
        Assert.Equal(
            new MatrixCell(CellStatus.Completed, Day("2027-03-01"), Utc("2026-02-10T10:00:00"), "CE-2026-BBBB-0008"),
            Cell(YearlyRenewal(), started: true));

    [Theory]
    [InlineData("2026-11-30T23:59:59", CellStatus.Completed)]
    [InlineData("2026-12-01T00:00:00", CellStatus.NotStarted)]
    [InlineData("2027-03-01T23:59:59", CellStatus.NotStarted)]
    [InlineData("2027-03-02T00:00:00", CellStatus.Overdue)]
    public void Once_the_renewal_window_opens_the_cell_shows_the_renewal(string now, CellStatus expected)
    {
        var cell = Cell(YearlyRenewal(), now: Utc(now));

        Assert.Equal((expected, Day("2027-03-01"), Utc("2026-02-10T10:00:00")), (cell.Status, cell.DueDate, cell.CompletedAtUtc));
    }

    private static LearnerAssignment[] YearlyRenewal() =>
        [Done("2026-03-01", "2026-02-10T10:00:00", completionId: 8), Open("2027-03-01", opens: "2026-12-01T00:00:00")];

    private static LearnerAssignment Open(string due, string opens = "2026-01-01T00:00:00") =>
        new() { UserId = "learner", ModuleId = 1, DueDate = Day(due), OpensAtUtc = Utc(opens) };

    private static LearnerAssignment Done(string due, string completed, int completionId)
    {
        var cycle = Open(due, opens: "2025-10-17T00:00:00");
        cycle.CompletedAtUtc = Utc(completed);
        cycle.CompletionId = completionId;
        return cycle;
    }

    private static MatrixCell Cell(LearnerAssignment[] cycles, bool started = false, DateTime? now = null)
    {
        var at = now ?? Now;
        return MatrixCellRules.Cell(cycles, started ? at : null, Certificates, DateOnly.FromDateTime(at), at);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime Utc(string iso) =>
        DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
