using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Infrastructure.RateLimiting;

/// <summary>
/// Hourly: removes windows that ran out long ago (every limit's window is a minute), so the table
/// holds only the clients of the last hour and keeps no address longer than that.
/// </summary>
public sealed class ExpiredRateLimitWindowsJob(AppDbContext db, TimeProvider clock)
{
    public const string RecurringJobId = "rate-limits:remove-expired-windows";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().AddHours(-1).ToUnixTimeMilliseconds();
        return await db.Set<RateLimitWindow>().Where(w => w.StartedAtUnixMs < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
