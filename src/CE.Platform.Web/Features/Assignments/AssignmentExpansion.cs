using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Turns assignments into per-learner obligations and keeps them current: when an assignment is
/// made, when someone joins, and when someone completes a module (closing the cycle and, for a
/// recurring assignment, opening the next).
/// </summary>
public sealed class AssignmentExpansion(AppDbContext db, TimeProvider clock)
{
    /// <summary>Creates the first cycle for every learner the assignment targets; returns how many. Progress is reported per batch.</summary>
    public async Task<int> ExpandAsync(Assignment assignment, Func<int, int, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        var learners = await TargetsAsync(assignment, cancellationToken);
        var already = (await db.LearnerAssignments.Where(l => l.AssignmentId == assignment.Id).Select(l => l.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var pending = learners.Where(id => !already.Contains(id)).ToList();
        var opens = RecurrenceRules.FirstOpensAt(assignment.CreatedAtUtc, assignment.WindowDays);
        const int batch = 1000;
        for (var i = 0; i < pending.Count; i += batch)
        {
            var rows = pending.Skip(i).Take(batch).Select(userId => FirstCycle(assignment, userId, opens)).ToList();
            db.LearnerAssignments.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            await ApplyEarlierCompletionsAsync(assignment, rows, cancellationToken);
            db.ChangeTracker.Clear();
            if (progress is not null)
            {
                await progress(Math.Min(i + batch, pending.Count), pending.Count);
            }
        }

        return pending.Count;
    }

    /// <summary>Gives a new or moved member the organisation's and their unit's existing assignments.</summary>
    public async Task ForMemberAsync(Membership membership, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.Where(a => a.OrganisationId == membership.OrganisationId
                && (a.Scope == AssignmentScope.Organisation || (a.Scope == AssignmentScope.Unit && a.UnitId == membership.UnitId))
                && !db.LearnerAssignments.Any(l => l.AssignmentId == a.Id && l.UserId == membership.UserId))
            .ToListAsync(cancellationToken);
        foreach (var assignment in assignments)
        {
            var row = FirstCycle(assignment, membership.UserId, RecurrenceRules.FirstOpensAt(clock.GetUtcNow().UtcDateTime, assignment.WindowDays));
            db.LearnerAssignments.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            await ApplyEarlierCompletionsAsync(assignment, [row], cancellationToken);
        }
    }

    /// <summary>After the member shared more: their open cycles in the organisation that a now-visible earlier completion counts for are closed.</summary>
    public async Task ApplySharedAsync(Membership membership, CancellationToken cancellationToken)
    {
        var open = await db.LearnerAssignments.Where(l => l.OrganisationId == membership.OrganisationId && l.UserId == membership.UserId && l.CompletedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var rows in open.GroupBy(l => l.AssignmentId))
        {
            var assignment = await db.Assignments.AsNoTracking().SingleAsync(a => a.Id == rows.Key, cancellationToken);
            await ApplyEarlierCompletionsAsync(assignment, rows.ToList(), cancellationToken);
        }
    }

    /// <summary>
    /// After the member stopped sharing: cycles closed by completions the organisation may no longer see
    /// are open again (and the renewal each had opened is removed), so the matrix shows nothing of them.
    /// </summary>
    public async Task WithdrawHiddenCompletionsAsync(Membership membership, CancellationToken cancellationToken)
    {
        var visible = db.Completions.VisibleTo(db, membership.OrganisationId);
        var closed = await db.LearnerAssignments
            .Where(l => l.OrganisationId == membership.OrganisationId && l.UserId == membership.UserId && l.CompletionId != null && !visible.Any(c => c.Id == l.CompletionId))
            .ToListAsync(cancellationToken);
        foreach (var row in closed)
        {
            await db.LearnerAssignments.Where(l => l.AssignmentId == row.AssignmentId && l.UserId == row.UserId && l.Cycle == row.Cycle + 1 && l.CompletionId == null)
                .ExecuteDeleteAsync(cancellationToken);
            row.CompletedAtUtc = null;
            row.CompletionId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Closes the learner's open cycles that this completion counts for; opens the next cycle of recurring ones.</summary>
    public async Task RecordCompletionAsync(Completion completion, CancellationToken cancellationToken)
    {
        var open = await db.LearnerAssignments
            .Where(l => l.UserId == completion.UserId && l.ModuleId == completion.ModuleId && l.CompletedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var row in open.Where(r => RecurrenceRules.Counts(completion.CompletedAtUtc, r.OpensAtUtc)))
        {
            var assignment = await db.Assignments.AsNoTracking().SingleAsync(a => a.Id == row.AssignmentId, cancellationToken);
            Close(row, completion, assignment);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyEarlierCompletionsAsync(Assignment assignment, IReadOnlyList<LearnerAssignment> rows, CancellationToken cancellationToken)
    {
        var userIds = rows.Select(r => r.UserId).ToList();
        var opens = rows.Min(r => r.OpensAtUtc);
        // Only completions the organisation may see count: an unshared one from before joining stays the learner's.
        var latest = await db.Completions.AsNoTracking().VisibleTo(db, assignment.OrganisationId)
            .Where(c => c.ModuleId == assignment.ModuleId && userIds.Contains(c.UserId) && c.CompletedAtUtc >= opens)
            .GroupBy(c => c.UserId)
            .Select(g => g.OrderByDescending(c => c.CompletedAtUtc).First())
            .ToListAsync(cancellationToken);
        foreach (var completion in latest)
        {
            var row = rows.Single(r => r.UserId == completion.UserId);
            if (RecurrenceRules.Counts(completion.CompletedAtUtc, row.OpensAtUtc))
            {
                db.LearnerAssignments.Attach(row);
                Close(row, completion, assignment);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Close(LearnerAssignment row, Completion completion, Assignment assignment)
    {
        row.CompletedAtUtc = completion.CompletedAtUtc;
        row.CompletionId = completion.Id;
        if (assignment.RecurrenceMonths is { } months)
        {
            // Counted from the assignment's own due date, so a cycle due on the 31st or 29 February
            // returns to it instead of drifting to the 28th.
            var due = RecurrenceRules.NextDueDate(assignment.DueDate, months * row.Cycle);
            db.LearnerAssignments.Add(new LearnerAssignment
            {
                AssignmentId = row.AssignmentId, OrganisationId = row.OrganisationId, UserId = row.UserId, ModuleId = row.ModuleId,
                Cycle = row.Cycle + 1, DueDate = due, OpensAtUtc = RecurrenceRules.RenewalOpensAt(due, assignment.WindowDays, completion.CompletedAtUtc),
            });
        }
    }

    private static LearnerAssignment FirstCycle(Assignment assignment, string userId, DateTime opens) => new()
    {
        AssignmentId = assignment.Id, OrganisationId = assignment.OrganisationId, UserId = userId, ModuleId = assignment.ModuleId,
        Cycle = 1, DueDate = assignment.DueDate, OpensAtUtc = opens,
    };

    private async Task<List<string>> TargetsAsync(Assignment assignment, CancellationToken cancellationToken) => assignment.Scope switch
    {
        AssignmentScope.Learner => [assignment.LearnerId!],
        AssignmentScope.Unit => await db.Memberships.Where(m => m.OrganisationId == assignment.OrganisationId && m.UnitId == assignment.UnitId).Select(m => m.UserId).ToListAsync(cancellationToken),
        _ => await db.Memberships.Where(m => m.OrganisationId == assignment.OrganisationId).Select(m => m.UserId).ToListAsync(cancellationToken),
    };
}
