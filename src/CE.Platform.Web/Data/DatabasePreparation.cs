using System.Data.Common;
using CE.Platform.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CE.Platform.Web.Data;

/// <summary>
/// Checks that the configured database can be used and brings its schema to the newest migration.
/// Runs at start-up and from the <c>migrate</c> operator command; migrations only ever add, so an
/// upgrade keeps every row.
/// </summary>
public sealed class DatabasePreparation(AppDbContext db, DatabaseSettings settings, ILogger<DatabasePreparation> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.SqliteDataFolder is { } folder)
        {
            DataFolder.EnsureWritable(folder, "ConnectionStrings:Default");
        }

        await EnsureReachableAsync(cancellationToken);
        // EF's first question to a new database reads the history table and, on PostgreSQL, logs that
        // failed read at Error level before treating it as "no migrations yet". Making the (empty) table
        // first keeps a first start free of error lines without hiding any real command failure.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers and the job server work while a request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private async Task EnsureReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            await connection.CloseAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new StartupException(
                $"Cannot open the {settings.Provider} database named by ConnectionStrings:Default ({Describe()}): {FirstLine(e.Message)}", e);
        }
    }

    private string Describe()
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = settings.ConnectionString };
        string[] shown = ["Host", "Port", "Database", "Data Source"];
        return string.Join(", ", shown.Where(builder.ContainsKey).Select(key => $"{key}={builder[key]}"));
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
