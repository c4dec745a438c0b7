using System.Text.Json;
using CE.Platform.Web.Data;
using Hangfire;

namespace CE.Platform.Web.Features.Organisations;

public sealed record UploadOutcome(int Invited, IReadOnlyList<RowProblem> Problems, int? BulkOperationId);

/// <summary>
/// A CSV of people to invite: every bad row is reported with its line and the good rows are
/// invited; beyond <see cref="InlineLimit"/> rows the work runs as a background job with progress.
/// </summary>
public sealed class InvitationUpload(AppDbContext db, Invitations invitations, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const int InlineLimit = 100;

    public async Task<UploadOutcome> HandleAsync(Organisation organisation, string csv, string coordinatorId, CancellationToken cancellationToken = default)
    {
        var (rows, problems) = InvitationCsv.Parse(csv);
        if (rows.Count > InlineLimit)
        {
            var operation = new BulkOperation
            {
                OrganisationId = organisation.Id, Description = $"Inviting {rows.Count} people from a CSV file", Total = rows.Count,
                Problems = string.Join('\n', problems) + (problems.Count > 0 ? "\n" : ""), Payload = JsonSerializer.Serialize(rows),
                CreatedByUserId = coordinatorId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.BulkOperations.Add(operation);
            await db.SaveChangesAsync(cancellationToken);
            jobs.Enqueue<BulkInvitationJob>(job => job.RunAsync(operation.Id, CancellationToken.None));
            return new UploadOutcome(0, problems, operation.Id);
        }

        var failed = new List<RowProblem>(problems);
        var invited = 0;
        foreach (var row in rows)
        {
            try
            {
                await invitations.InviteAsync(organisation.Id, organisation.Name, row, coordinatorId, cancellationToken: cancellationToken);
                invited++;
            }
            catch (InvalidOperationException e)
            {
                failed.Add(new RowProblem(row.Line, e.Message));
            }
        }

        return new UploadOutcome(invited, failed.OrderBy(p => p.Line).ToList(), null);
    }
}
