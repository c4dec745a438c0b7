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
        if (dueDate is not { } due || (opens > now && lastDone is not null))
        {
            return new MatrixCell(CellStatus.Completed, dueDate, lastDone!.CompletedAtUtc, certificates.GetValueOrDefault(lastDone.CompletionId ?? 0));
        }

        var status = RecurrenceRules.Status(today, due, null) == ObligationStatus.Overdue ? CellStatus.Overdue
            : lastReadingUtc >= opens ? CellStatus.InProgress : CellStatus.NotStarted;
        return new MatrixCell(status, due, lastDone?.CompletedAtUtc, null);
    }
}
