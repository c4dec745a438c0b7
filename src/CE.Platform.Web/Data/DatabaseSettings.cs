using CE.Platform.Web.Infrastructure.Startup;
using Microsoft.Data.Sqlite;

namespace CE.Platform.Web.Data;

/// <summary>The database the configuration names, read once and checked before anything connects.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnection = "Data Source=data/ce-platform.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider) || int.TryParse(providerName, out _))
        {
            throw new StartupException(
                $"Database:Provider is '{providerName}'; it must be Sqlite or PostgreSql.");
        }

        var connectionString = configuration.GetConnectionString("Default");
        if (provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupException(
                "ConnectionStrings:Default is empty; Database:Provider=PostgreSql needs a connection string.");
        }

        return provider == DatabaseProvider.Sqlite
            ? new DatabaseSettings(provider, AnchorSqlitePath(connectionString ?? DefaultSqliteConnection, contentRoot))
            : new DatabaseSettings(provider, connectionString!);
    }

    /// <summary>The folder holding the SQLite file (and Hangfire's), or null for PostgreSQL.</summary>
    public string? SqliteDataFolder => Provider == DatabaseProvider.Sqlite
        ? Path.GetDirectoryName(new SqliteConnectionStringBuilder(ConnectionString).DataSource)
        : null;

    // A relative SQLite path is taken from the content root, not the shell's working directory,
    // so `dotnet run` from anywhere uses the same file.
    private static string AnchorSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }
}
