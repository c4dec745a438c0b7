using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

public sealed record AssignmentSummary(int Id, string ModuleTitle, AssignmentScope Scope, string? UnitName, string? LearnerName, DateOnly DueDate, int? RecurrenceMonths, int Learners, int Completed);

public sealed class AssignmentListQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<AssignmentSummary>> ForAsync(int organisationId, CancellationToken cancellationToken = default) =>
        await db.Assignments.AsNoTracking().Where(a => a.OrganisationId == organisationId).OrderByDescending(a => a.Id)
            .Select(a => new AssignmentSummary(a.Id,
                db.Modules.Where(m => m.Id == a.ModuleId).Select(m => m.CurrentVersion!.Title).First(),
                a.Scope,
                db.OrganisationUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
                db.Users.Where(u => u.Id == a.LearnerId).Select(u => u.FullName).FirstOrDefault(),
                a.DueDate, a.RecurrenceMonths,
                db.LearnerAssignments.Where(l => l.AssignmentId == a.Id).Select(l => l.UserId).Distinct().Count(),
                db.LearnerAssignments.Count(l => l.AssignmentId == a.Id && l.Cycle == 1 && l.CompletedAtUtc != null)))
            .ToListAsync(cancellationToken);
}
