using CE.Platform.Web.Data;
using Npgsql;

namespace CE.Platform.Testing;

/// <summary>A database created on the local PostgreSQL server for one test run, dropped afterwards.</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly string serverConnectionString;
    private readonly string name = $"ce_test_{Guid.NewGuid():N}";

    private PostgreSqlTestDatabase(string serverConnectionString)
    {
        this.serverConnectionString = serverConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString { get; }

    public string Name => name;

    /// <summary>Creates the database, or returns why it cannot (no server configured or reachable).</summary>
    public static async Task<(PostgreSqlTestDatabase? Database, string? Unavailable)> TryCreateAsync()
    {
        if (Requirements.PostgresConnectionString is not { } server)
        {
            return (null, $"PostgreSQL tests need {Requirements.PostgresVariable} (an Npgsql connection string to a local server).");
        }

        var database = new PostgreSqlTestDatabase(server);
        try
        {
            await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.name}\"");
            return (database, null);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            await database.DisposeFolderAsync();
            return (null, $"PostgreSQL at {Requirements.PostgresVariable} is not reachable: {e.Message}");
        }
    }

    /// <summary>Creates the database, or skips the test (fails it where PostgreSQL is required).</summary>
    public static async Task<PostgreSqlTestDatabase> CreateOrSkipAsync()
    {
        var (database, unavailable) = await TryCreateAsync();
        if (database is null)
        {
            Requirements.Unavailable(Requirements.RequirePostgresVariable, unavailable!);
        }

        return database!;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await base.DisposeAsync();
    }

    private ValueTask DisposeFolderAsync() => base.DisposeAsync();

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
