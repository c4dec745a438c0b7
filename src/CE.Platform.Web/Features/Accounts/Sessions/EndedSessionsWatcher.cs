using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>
/// Reads the accounts whose sessions were ended within the absolute session limit every
/// <c>Security:SessionEndCheckInterval</c> (a second), off the request path: one indexed query per
/// interval per instance instead of one per signed-in request. If the database cannot be reached the
/// known endings stay and the next tick tries again.
/// </summary>
public sealed class EndedSessionsWatcher(EndedSessions ended, IServiceScopeFactory scopes, IOptions<SessionLimits> limits, TimeProvider clock, IConfiguration configuration, ILogger<EndedSessionsWatcher> logger) : BackgroundService
{
    private readonly TimeSpan interval = configuration.GetValue("Security:SessionEndCheckInterval", TimeSpan.FromSeconds(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await ReadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Could not read ended sessions; trying again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var longest = TimeSpan.FromHours(limits.Value.AbsoluteTimeoutHours);
        var since = clock.GetUtcNow().UtcDateTime - longest;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var read = await db.Users.AsNoTracking()
            .Where(u => u.SessionsEndedAtUtc >= since)
            .Select(u => new { u.Id, EndedAt = u.SessionsEndedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        ended.Observe(read.Select(r => (r.Id, r.EndedAt)), longest);
    }
}
