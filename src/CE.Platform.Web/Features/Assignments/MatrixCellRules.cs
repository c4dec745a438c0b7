namespace CE.Platform.Web.Features.Assignments;

/// <summary>Where a learner stands on one module, from their cycles of it: the rule of a matrix cell.</summary>
public static class MatrixCellRules
{
    /// <summary>
    /// The cycle that matters: an open cycle whose window has opened; else the last completed one
    /// (a renewal not yet open shows the completion, with the next due date). Reading counts as
    /// "in progress" only when it happened in the open cycle (<paramref name="lastReadingUtc"/>),
    /// not in the one before.
    /// </summary>
    public static MatrixCell Cell(IReadOnlyList<LearnerAssignment> cycles, DateTime? lastReadingUtc, IReadOnlyDictionary<int, string> certificates, DateOnly today, DateTime now)
    {
        if (cycles.Count == 0)
        {
            return new MatrixCell(CellStatus.NotAssigned, null, null, null);
        }

        // Minimums over nullable values are null when no cycle is open, as in ComplianceCellStatuses.
        var openCycles = cycles.Where(c => c.CompletedAtUtc is null).ToList();
        var lastDone = cycles.Where(c => c.CompletedAtUtc is not null).MaxBy(c => c.CompletedAtUtc);
        var dueDate = openCycles.Min(c => (DateOnly?)c.DueDate);
        var opens = openCycles.Min(c => (DateTime?)c.OpensAtUtc);
        var status = Status(dueDate, opens, lastDone?.CompletedAtUtc, lastReadingUtc, today, now);
        return status == CellStatus.Completed
            ? new MatrixCell(status, dueDate, lastDone!.CompletedAtUtc, certificates.GetValueOrDefault(lastDone.CompletionId ?? 0))
            : new MatrixCell(status, dueDate, lastDone?.CompletedAtUtc, null);
    }

    /// <summary>The status from a cell's inputs (<see cref="ComplianceCell"/> keeps the same ones).</summary>
    public static CellStatus Status(DateOnly? openDue, DateTime? opens, DateTime? lastDone, DateTime? lastReadingUtc, DateOnly today, DateTime now) =>
        openDue is not { } due || (opens > now && lastDone is not null) ? CellStatus.Completed
        : RecurrenceRules.Status(today, due, null) == ObligationStatus.Overdue ? CellStatus.Overdue
        : lastReadingUtc >= opens ? CellStatus.InProgress
        : CellStatus.NotStarted;

    /// <summary>
    /// When time alone changes a status worked out at <paramref name="now"/>: a renewal cycle opening
    /// ends Completed, and the day after the due date turns it Overdue. Null when only a write can.
    /// </summary>
    public static DateTime? ChangesAt(CellStatus status, DateOnly? openDue, DateTime? opens, DateTime now) =>
        openDue is not { } due || status == CellStatus.Overdue ? null
        : status == CellStatus.Completed && opens > now ? opens
        : due.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
