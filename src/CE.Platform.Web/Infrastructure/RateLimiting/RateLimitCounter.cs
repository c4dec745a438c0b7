using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Infrastructure.RateLimiting;

/// <summary>
/// Counts a request in its client's window with one atomic statement (an upsert that opens a new
/// window when the old one has run out), so every instance on the database sees one count.
/// PostgreSQL and SQLite (3.35+) both speak this INSERT … ON CONFLICT … RETURNING.
/// </summary>
public sealed class RateLimitCounter(AppDbContext db, TimeProvider clock)
{
    public const int MaxKeyLength = 200;

    /// <summary>The request's number in its window, this one included.</summary>
    public async Task<int> CountAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var expiredBefore = now - (long)window.TotalMilliseconds;
        var bounded = key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateLimitWindows" ("Key", "StartedAtUnixMs", "Count") VALUES ({bounded}, {now}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "RateLimitWindows"."StartedAtUnixMs" <= {expiredBefore} THEN 1 ELSE "RateLimitWindows"."Count" + 1 END,
                "StartedAtUnixMs" = CASE WHEN "RateLimitWindows"."StartedAtUnixMs" <= {expiredBefore} THEN {now} ELSE "RateLimitWindows"."StartedAtUnixMs" END
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken);
        return counts.Single();
    }
}
