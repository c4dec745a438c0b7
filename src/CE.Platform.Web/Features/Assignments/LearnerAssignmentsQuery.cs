using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

public sealed record AssignedWork(string ModuleSlug, string ModuleTitle, string Organisation, DateOnly DueDate, ObligationStatus Status, DateTime? CompletedAtUtc);

/// <summary>What a learner has been assigned: the current cycle of each, most urgent first, and what they completed.</summary>
public sealed class LearnerAssignmentsQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AssignedWork>> ForAsync(string userId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.LearnerAssignments.AsNoTracking().Where(l => l.UserId == userId)
            .Join(db.Modules, l => l.ModuleId, m => m.Id, (l, m) => new { l.AssignmentId, l.Cycle, l.DueDate, l.CompletedAtUtc, l.OrganisationId, m.Slug, Title = m.CurrentVersion!.Title })
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x.AssignmentId, x.Cycle, x.DueDate, x.CompletedAtUtc, x.Slug, x.Title, Organisation = o.Name })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AssignmentId)
            .Select(g => g.OrderByDescending(r => r.Cycle).First())
            .Select(r => new AssignedWork(r.Slug, r.Title, r.Organisation, r.DueDate, RecurrenceRules.Status(today, r.DueDate, r.CompletedAtUtc), r.CompletedAtUtc))
            .OrderBy(w => w.Status == ObligationStatus.Completed).ThenBy(w => w.DueDate)
            .ToList();
    }
}
