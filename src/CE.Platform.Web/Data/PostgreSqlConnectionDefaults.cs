using Npgsql;

namespace CE.Platform.Web.Data;

/// <summary>
/// Connection settings the app's EF Core connections use unless the operator's connection string
/// sets them. The app keeps no session state on a connection (no SET, temporary tables or
/// advisory locks), so a pooled connection needs no reset round trip (DISCARD ALL) before reuse,
/// and the statements it repeats on every page can stay prepared on the server across requests.
/// </summary>
public static class PostgreSqlConnectionDefaults
{
    public const int MaxAutoPrepare = 128;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        connectionString.Split(';').Select(part => part.Split('=')[0].Trim())
            .Any(key => keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));
}
