using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Content;

/// <summary>
/// Reads the newest import's id every <c>Courses:ImportCheckInterval</c> (a second), off the request
/// path: one tiny query per interval per instance, however busy, instead of one per request. If the
/// database cannot be reached the epoch stays where it was and the caches still run out after their minute.
/// </summary>
public sealed class ContentEpochWatcher(ContentEpoch epoch, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ContentEpochWatcher> logger) : BackgroundService
{
    private readonly TimeSpan interval = configuration.GetValue("Courses:ImportCheckInterval", TimeSpan.FromSeconds(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                epoch.Observe(await db.ContentImportRuns.MaxAsync(r => (int?)r.Id, stoppingToken) ?? 0);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever went wrong (an outage, a restart of the database), the next tick tries again.
                logger.LogDebug(e, "Could not read the newest content import; trying again in {Interval}", interval);
            }
        }
    }
}
