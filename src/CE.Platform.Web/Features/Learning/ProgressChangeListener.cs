using CE.Platform.Web.Data;
using Npgsql;

namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// Holds one connection per instance that LISTENs on <see cref="Channel"/>, where the progress tables' triggers
/// (migration <c>ProgressChangeNotifications</c>) name each learner × module changed, and evicts it from
/// <see cref="ProgressCache"/>. Its own unpooled connection, not one of EF's: it is never returned to a pool,
/// and keepalives find a dead one within seconds. On SQLite there is nothing to listen to, so the cache stays bypassed.
/// </summary>
public sealed class ProgressChangeListener(ProgressCache cache, DatabaseSettings database, ILogger<ProgressChangeListener> logger) : BackgroundService
{
    public const string Channel = "ce_progress";
    public const string ApplicationName = "ce-progress-listener";
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Logged once per loss, not per failed reconnection: an outage has its own, louder signs.
                if (cache.IsListening)
                {
                    logger.LogWarning("The progress cache stopped listening for changes ({Message}); module pages read progress from the database until it is back", e.Message);
                    pause = TimeSpan.FromSeconds(1);
                }
                else
                {
                    pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
                    logger.LogDebug(e, "Could not listen for progress changes; trying again in {Pause}", pause);
                }
            }
            finally
            {
                cache.Restart(nowListening: false);
            }

            await Task.Delay(pause, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 5, ApplicationName = ApplicationName };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Notification += (_, message) => cache.Evict(message.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Only now: a change committed before the LISTEN was not notified to this connection.
        cache.Restart(nowListening: true);
        logger.LogInformation("The progress cache is listening for changes");
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
