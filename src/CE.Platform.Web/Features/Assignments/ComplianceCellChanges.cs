using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// What a pending save changes in the inputs of <see cref="ComplianceCell"/> rows, read from the change
/// tracker: learners whose cycles or memberships change (all their cells are worked out again), and
/// readings (only the one cell's reading, the commonest write, is touched).
/// </summary>
public sealed record ComplianceCellChanges(IReadOnlySet<string> Learners, IReadOnlyList<ReadingChange> Readings)
{
    public bool IsEmpty => Learners.Count == 0 && Readings.Count == 0;

    public static ComplianceCellChanges Of(ChangeTracker tracker)
    {
        var learners = new HashSet<string>(StringComparer.Ordinal);
        var readings = new List<ReadingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case LearnerAssignment cycle:
                    learners.Add(cycle.UserId);
                    break;
                case Membership membership:
                    learners.Add(membership.UserId);
                    break;
                case ModuleProgress progress:
                    readings.Add(new ReadingChange(progress.UserId, progress.ModuleId, entry.State == EntityState.Deleted ? null : progress.LastActivityAtUtc));
                    break;
            }
        }

        return new ComplianceCellChanges(learners, readings.Where(r => !learners.Contains(r.UserId)).ToList());
    }
}

/// <summary>A learner's reading of a module as it will be saved; null when the record is deleted.</summary>
public sealed record ReadingChange(string UserId, int ModuleId, DateTime? LastActivityAtUtc);
