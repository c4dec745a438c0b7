using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// A save and the kept rows it changes, committed together: the <see cref="ComplianceCell"/> rows
/// (<see cref="ComplianceCellUpdater"/>) and the members' names (<see cref="MemberNames"/>).
/// </summary>
public static class KeptRowsSaving
{
    public static async Task<int> SaveAsync(AppDbContext db, bool acceptAllChangesOnSuccess, Func<bool, CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var cells = ComplianceCellChanges.Of(db.ChangeTracker);
        var names = MemberNames.Of(db.ChangeTracker);
        // A reading by a learner with nothing assigned (most readings) costs one indexed look-up, no transaction.
        if (names.UserIds.Count == 0 && (cells.IsEmpty || (cells.Learners.Count == 0 && !await ComplianceCellUpdater.AnyReadingCellAsync(db, cells.Readings, cancellationToken))))
        {
            return await save(acceptAllChangesOnSuccess, cancellationToken);
        }

        var now = db.CellClock.GetUtcNow().UtcDateTime;
        async Task ApplyAsync(CancellationToken token)
        {
            await names.ApplyAsync(db, token);
            await ComplianceCellUpdater.ApplyAsync(db, cells, now, token);
        }

        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a unit of work, whose retry replays the whole work from a clean tracker.
            var saved = await save(acceptAllChangesOnSuccess, cancellationToken);
            await ApplyAsync(cancellationToken);
            return saved;
        }

        // EF's pattern for a retriable transaction of our own: the changes are accepted only after the
        // commit, so a transient failure replays the save and the kept rows together.
        var count = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var saved = await save(false, token);
            await ApplyAsync(token);
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
