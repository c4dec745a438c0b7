using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Keeps <see cref="ComplianceCell"/>, <see cref="ComplianceTotal"/> and the members' cell counts equal to what
/// <see cref="ComplianceCellStatuses.Inputs"/> works out from the source tables, inside the caller's
/// transaction. A cell depends on one learner's cycles, reading and memberships only, so the unit of
/// refresh is the learner, and concurrent refreshes of one learner are serialised by a lock on them
/// (PostgreSQL; SQLite has one writer at a time anyway), so the totals' adjustments never count a
/// change twice or miss one.
/// </summary>
public static class ComplianceCellUpdater
{
    // Rows per INSERT and learners per pass: within both providers' parameter limits.
    private const int RowsPerInsert = 100;
    private const int LearnersPerPass = 500;

    public static async Task ApplyAsync(AppDbContext db, ComplianceCellChanges changes, DateTime now, CancellationToken cancellationToken)
    {
        await RefreshAsync(db, changes.Learners, now, cancellationToken);
        foreach (var reading in changes.Readings)
        {
            await RecordReadingAsync(db, reading, now, cancellationToken);
        }
    }

    /// <summary>True when any of the readings belongs to a kept cell, i.e. the save has cells to touch.</summary>
    public static Task<bool> AnyReadingCellAsync(AppDbContext db, IReadOnlyList<ReadingChange> readings, CancellationToken cancellationToken)
    {
        var users = readings.Select(r => r.UserId).ToList();
        var modules = readings.Select(r => r.ModuleId).ToList();
        return db.ComplianceCells.AnyAsync(c => users.Contains(c.UserId) && modules.Contains(c.ModuleId), cancellationToken);
    }

    /// <summary>Works every cell of these learners out again from the source tables.</summary>
    public static async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<string> userIds, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var chunk in userIds.Order(StringComparer.Ordinal).Chunk(LearnersPerPass))
        {
            await LockAsync(db, chunk, cancellationToken);
            var kept = await db.ComplianceCells.AsNoTracking().Where(c => chunk.Contains(c.UserId)).ToListAsync(cancellationToken);
            var fresh = await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => chunk.Contains(l.UserId))).AsNoTracking().ToListAsync(cancellationToken);
            fresh.ForEach(cell => Stamp(cell, now));
            if (ComplianceCellRows.SameRows(kept, fresh))
            {
                continue;
            }

            await db.ComplianceCells.Where(c => chunk.Contains(c.UserId)).ExecuteDeleteAsync(cancellationToken);
            await WriteAsync(db, fresh, ComplianceCellRows.InsertSql, ComplianceCellRows.Parameters, cancellationToken);
            await WriteAsync(db, ComplianceCellRows.TotalsDelta(kept, fresh), ComplianceCellRows.AdjustTotalsSql, ComplianceCellRows.Parameters, cancellationToken);
            await WriteAsync(db, ComplianceCellRows.MemberCountsChanged(kept, fresh), ComplianceCellRows.SetMemberCountsSql, ComplianceCellRows.Parameters, cancellationToken);
        }
    }

    /// <summary>Sets a freshly worked-out cell's status and when time alone changes it next.</summary>
    private static void Stamp(ComplianceCell cell, DateTime now)
    {
        cell.Status = MatrixCellRules.Status(cell.OpenDue, cell.OpenOpensAtUtc, cell.LastDoneAtUtc, cell.LastReadingAtUtc, DateOnly.FromDateTime(now), now);
        cell.ChangesAtUtc = MatrixCellRules.ChangesAt(cell.Status, cell.OpenDue, cell.OpenOpensAtUtc, now);
    }

    // A reading changes one input of the learner's cells of that module: each row is updated in place
    // unless a status moves with it, which needs the totals and so the whole learner. The caller has
    // already found a cell among the save's readings, so the lock is taken before looking again.
    private static async Task RecordReadingAsync(AppDbContext db, ReadingChange reading, DateTime now, CancellationToken cancellationToken)
    {
        await LockAsync(db, [reading.UserId], cancellationToken);
        var rows = await db.ComplianceCells.AsNoTracking().Where(c => c.UserId == reading.UserId && c.ModuleId == reading.ModuleId)
            .Select(c => new { Cell = c, JoinedAtUtc = db.Memberships.Where(m => m.OrganisationId == c.OrganisationId && m.UserId == c.UserId).Select(m => (DateTime?)m.JoinedAtUtc).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        // A reading from before the learner joined the organisation is not theirs to see.
        var read = rows.Select(row => (row.Cell, Visible: reading.LastActivityAtUtc >= row.JoinedAtUtc ? reading.LastActivityAtUtc : (DateTime?)null)).ToList();
        if (read.Any(r => MatrixCellRules.Status(r.Cell.OpenDue, r.Cell.OpenOpensAtUtc, r.Cell.LastDoneAtUtc, r.Visible, DateOnly.FromDateTime(now), now) != r.Cell.Status))
        {
            await RefreshAsync(db, [reading.UserId], now, cancellationToken);
            return;
        }

        foreach (var (cell, visible) in read.Where(r => r.Cell.LastReadingAtUtc != r.Visible))
        {
            await db.ComplianceCells.Where(c => c.OrganisationId == cell.OrganisationId && c.UserId == cell.UserId && c.ModuleId == cell.ModuleId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastReadingAtUtc, visible), cancellationToken);
        }
    }

    // In statements of at most RowsPerInsert rows.
    private static async Task WriteAsync<T>(AppDbContext db, IEnumerable<T> rows, Func<int, string> sql,
        Func<AppDbContext, IEnumerable<T>, IReadOnlyList<System.Data.Common.DbParameter>> parameters, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            await db.Database.ExecuteSqlRawAsync(sql(chunk.Length), parameters(db, chunk), cancellationToken);
        }
    }

    // Ordered, so two transactions locking overlapping learners take the locks in the same order.
    private static Task LockAsync(AppDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        db is PostgreSqlAppDbContext
            ? db.Database.ExecuteSqlRawAsync(
                "SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(u, 7) AS h FROM unnest({0}::text[]) AS u ORDER BY 1) AS locks",
                [userIds.ToArray()], cancellationToken)
            : Task.CompletedTask;
}
