using System.Text.Json;
using CE.Platform.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// Invites the rows of a large CSV in the background, recording progress as it goes. Each row is
/// its own transaction and already-added people are simply skipped, so a retry after a crash
/// finishes the file without doubling anyone.
/// </summary>
public sealed class BulkInvitationJob(AppDbContext db, Invitations invitations, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(int operationId, CancellationToken cancellationToken)
    {
        var operation = await db.BulkOperations.SingleAsync(o => o.Id == operationId, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == operation.OrganisationId, cancellationToken);
        var rows = JsonSerializer.Deserialize<List<InvitationRow>>(operation.Payload) ?? [];
        await SetAsync(operationId, BulkStatus.Running, null, null, cancellationToken);
        var done = 0;
        var problems = new List<string>();
        foreach (var row in rows)
        {
            try
            {
                await invitations.InviteAsync(organisation.Id, organisation.Name, row, operation.CreatedByUserId, cancellationToken: cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                problems.Add(new RowProblem(row.Line, e.Message).ToString());
            }

            if (++done % 50 == 0 || done == rows.Count)
            {
                await SetAsync(operationId, null, done, problems, cancellationToken);
            }
        }

        await SetAsync(operationId, BulkStatus.Succeeded, done, problems, cancellationToken);
    }

    private Task<int> SetAsync(int id, BulkStatus? status, int? done, List<string>? problems, CancellationToken cancellationToken)
    {
        var query = db.BulkOperations.Where(o => o.Id == id);
        var now = clock.GetUtcNow().UtcDateTime;
        return status switch
        {
            BulkStatus.Succeeded => query.ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, BulkStatus.Succeeded).SetProperty(o => o.Done, done!.Value)
                .SetProperty(o => o.Failed, problems!.Count).SetProperty(o => o.Problems, o => o.Problems + string.Join('\n', problems)).SetProperty(o => o.FinishedAtUtc, now), cancellationToken),
            BulkStatus.Running => query.ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, BulkStatus.Running), cancellationToken),
            _ => query.ExecuteUpdateAsync(set => set.SetProperty(o => o.Done, done!.Value).SetProperty(o => o.Failed, problems!.Count), cancellationToken),
        };
    }
}
