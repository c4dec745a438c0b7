using CE.Platform.Web.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Persistent job storage for the configured provider: a SQLite file beside the app's database,
/// or the app's PostgreSQL database (schema "hangfire"), which several instances can share.
/// </summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(DatabaseSettings database, JobOptions options, string contentRoot)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var storageOptions = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = options.QueuePollInterval,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, storageOptions), storageOptions);
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, options.SqlitePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval });
    }
}
