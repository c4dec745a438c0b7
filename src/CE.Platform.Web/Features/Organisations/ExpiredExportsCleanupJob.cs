using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>Nightly: removes prepared export files past their keep-until date (the exports can be made again).</summary>
public sealed class ExpiredExportsCleanupJob(AppDbContext db, TimeProvider clock)
{
    public const string RecurringJobId = "exports:remove-expired";

    public Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ExportFiles.Where(f => f.ExpiresAtUtc < now).ExecuteDeleteAsync(cancellationToken);
    }
}
