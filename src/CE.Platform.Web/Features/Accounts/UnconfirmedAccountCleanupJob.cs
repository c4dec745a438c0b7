using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Nightly: removes accounts whose email was never confirmed within the retention window. Such
/// accounts could never sign in, so they hold no learning records.
/// </summary>
public sealed class UnconfirmedAccountCleanupJob(AppDbContext db, TimeProvider clock, IOptions<AccountOptions> options, ILogger<UnconfirmedAccountCleanupJob> logger)
{
    public const string RecurringJobId = "accounts:remove-unconfirmed";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.UnconfirmedRetentionDays);
        var removed = await db.Users
            .Where(u => !u.EmailConfirmed && u.CreatedAtUtc < cutoff)
            // People invited by an organisation keep their place until they accept.
            .Where(u => !db.Memberships.Any(m => m.UserId == u.Id))
            .ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Removed {Count} unconfirmed account(s) created before {Cutoff:u}", removed, cutoff);
        return removed;
    }
}
