using System.Text.Json;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>Expands large assignments in the background. Expansion skips learners already expanded, so a retry resumes.</summary>
public sealed class AssignmentExpansionJob(AppDbContext db, AssignmentExpansion expansion, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(int operationId, CancellationToken cancellationToken)
    {
        var payload = await db.BulkOperations.Where(o => o.Id == operationId).Select(o => o.Payload).SingleAsync(cancellationToken);
        var assignmentIds = JsonSerializer.Deserialize<List<int>>(payload) ?? [];
        await db.BulkOperations.Where(o => o.Id == operationId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, BulkStatus.Running), cancellationToken);
        foreach (var id in assignmentIds)
        {
            var assignment = await db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
            await expansion.ExpandAsync(assignment, (_, _) => ReportAsync(operationId, assignmentIds, cancellationToken), cancellationToken);
        }

        var finished = await ReportAsync(operationId, assignmentIds, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.BulkOperations.Where(o => o.Id == operationId).ExecuteUpdateAsync(set => set
            .SetProperty(o => o.Status, BulkStatus.Succeeded).SetProperty(o => o.Done, finished).SetProperty(o => o.FinishedAtUtc, now), cancellationToken);
    }

    // Progress is what exists, so it stays right across retries.
    private async Task<int> ReportAsync(int operationId, List<int> assignmentIds, CancellationToken cancellationToken)
    {
        var done = await db.LearnerAssignments.CountAsync(l => assignmentIds.Contains(l.AssignmentId) && l.Cycle == 1, cancellationToken);
        await db.BulkOperations.Where(o => o.Id == operationId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Done, done), cancellationToken);
        return done;
    }
}
