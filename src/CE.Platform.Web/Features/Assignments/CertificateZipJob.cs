using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>Builds a large zip of an organisation's certificates in the background; the coordinator downloads it from the progress page.</summary>
public sealed class CertificateZipJob(AppDbContext db, CertificateArchive archive, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(int operationId, CancellationToken cancellationToken)
    {
        var operation = await db.BulkOperations.AsNoTracking().SingleAsync(o => o.Id == operationId, cancellationToken);
        if (await db.ExportFiles.AnyAsync(f => f.BulkOperationId == operationId, cancellationToken))
        {
            return; // A retry after the file was saved: nothing left to do.
        }

        var operations = db.BulkOperations.Where(o => o.Id == operationId);
        await operations.ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, BulkStatus.Running), cancellationToken);
        var zip = await archive.ZipAsync(operation.OrganisationId, done => operations.ExecuteUpdateAsync(set => set.SetProperty(o => o.Done, done), cancellationToken), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ExportFiles.Add(new ExportFile
        {
            BulkOperationId = operationId, FileName = $"certificates-{now:yyyy-MM-dd}.zip", ContentType = "application/zip", Content = zip, ExpiresAtUtc = now + KeptFor,
        });
        await db.SaveChangesAsync(cancellationToken);
        await operations.ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, BulkStatus.Succeeded).SetProperty(o => o.FinishedAtUtc, now), cancellationToken);
    }
}
