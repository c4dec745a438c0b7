using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// A save and the <see cref="ComplianceCell"/> updates it calls for, committed together.
/// </summary>
public static class ComplianceCellSaving
{
    public static async Task<int> SaveAsync(AppDbContext db, bool acceptAllChangesOnSuccess, Func<bool, CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var changes = ComplianceCellChanges.Of(db.ChangeTracker);
        // A reading by a learner with nothing assigned (most readings) costs one indexed look-up, no transaction.
        if (changes.IsEmpty || (changes.Learners.Count == 0 && !await ComplianceCellUpdater.AnyReadingCellAsync(db, changes.Readings, cancellationToken)))
        {
            return await save(acceptAllChangesOnSuccess, cancellationToken);
        }

        var now = db.CellClock.GetUtcNow().UtcDateTime;
        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a unit of work, whose retry replays the whole work from a clean tracker.
            var saved = await save(acceptAllChangesOnSuccess, cancellationToken);
            await ComplianceCellUpdater.ApplyAsync(db, changes, now, cancellationToken);
            return saved;
        }

        // EF's pattern for a retriable transaction of our own: the changes are accepted only after the
        // commit, so a transient failure replays the save and the cell updates together.
        var count = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var saved = await save(false, token);
            await ComplianceCellUpdater.ApplyAsync(db, changes, now, token);
            await transaction.CommitAsync(token);
            return saved;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        return count;
    }
}
