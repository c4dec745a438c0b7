using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Keeps <see cref="ComplianceCell"/> equal to what <see cref="ComplianceCellStatuses.Inputs"/> works
/// out from the source tables. A cell depends only on one learner's cycles, readings and memberships,
/// so the unit of refresh is the learner: every cell of theirs, in every organisation, is worked out
/// again and replaced. <see cref="AppDbContext"/> calls it on every save that touches those tables,
/// in the save's transaction; bulk deletes (which the change tracker does not see) call it themselves.
/// </summary>
public static class ComplianceCellUpdater
{
    /// <summary>The learners whose cells a pending save changes.</summary>
    public static HashSet<string> AffectedLearners(ChangeTracker tracker) =>
        tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                LearnerAssignment l => l.UserId,
                ModuleProgress p => p.UserId,
                Membership m => m.UserId,
                _ => null,
            })
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    public static async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<string> userIds, DateTime now, CancellationToken cancellationToken)
    {
        // Chunked so a bulk change (an assignment to thousands) stays within the providers' parameter limits.
        foreach (var chunk in userIds.Chunk(500))
        {
            await db.ComplianceCells.Where(c => chunk.Contains(c.UserId)).ExecuteDeleteAsync(cancellationToken);
            var cycles = db.LearnerAssignments.Where(l => chunk.Contains(l.UserId));
            var cells = await ComplianceCellStatuses.Inputs(db, cycles).AsNoTracking().ToListAsync(cancellationToken);
            var statuses = await ComplianceCellStatuses.WithStatus(ComplianceCellStatuses.Inputs(db, cycles), now, DateOnly.FromDateTime(now))
                .Select(s => new { s.UserId, s.ModuleId, s.Status }).ToListAsync(cancellationToken);
            foreach (var cell in cells)
            {
                // The status is the same wherever the learner is a member; inputs differ only in readings.
                cell.Status = statuses.First(s => s.UserId == cell.UserId && s.ModuleId == cell.ModuleId).Status;
                cell.ChangesAtUtc = ChangesAt(cell, now);
            }

            await InsertAsync(db, cells, cancellationToken);
        }
    }

    /// <summary>Every cell of the given organisations (all when null) worked out again from scratch.</summary>
    public static async Task<List<ComplianceCell>> FromScratchAsync(AppDbContext db, int? organisationId, CancellationToken cancellationToken) =>
        await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => organisationId == null || l.OrganisationId == organisationId))
            .AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>When time alone changes the status next: a renewal cycle opening, or the day after the due date.</summary>
    public static DateTime? ChangesAt(ComplianceCell cell, DateTime now) =>
        cell.OpenDue is not { } due ? null
            : cell.OpenOpensAtUtc > now && cell.LastDoneAtUtc is not null ? cell.OpenOpensAtUtc
            : cell.Status == CellStatus.Overdue ? null
            : due.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static async Task InsertAsync(AppDbContext db, List<ComplianceCell> cells, CancellationToken cancellationToken)
    {
        // A separate context would leave the transaction; adding to this one and saving only these keeps it inside.
        db.ComplianceCells.AddRange(cells);
        await db.SaveCellsAsync(cancellationToken);
        foreach (var cell in cells)
        {
            db.Entry(cell).State = EntityState.Detached;
        }
    }
}
