using Microsoft.Data.Sqlite;

namespace CE.Platform.Web.Data;

/// <summary>
/// Copies a SQLite database through SQLite's online backup API: a consistent snapshot of every
/// page, taken while the app keeps reading and writing (a plain file copy of a WAL database is not).
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the database at <paramref name="fromPath"/> into <paramref name="toPath"/> (created or overwritten).</summary>
    public static void Copy(string fromPath, string toPath)
    {
        using var source = Open(fromPath, SqliteOpenMode.ReadOnly);
        using var destination = Open(toPath, SqliteOpenMode.ReadWriteCreate);
        source.BackupDatabase(destination);
    }

    /// <summary>Why the file is not a usable copy of this app's database, or null when it is.</summary>
    public static string? Problem(string path)
    {
        if (!File.Exists(path))
        {
            return $"{path} does not exist.";
        }

        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            var integrity = Scalar(connection, "PRAGMA integrity_check");
            if (integrity != "ok")
            {
                return $"{path} fails SQLite's integrity check: {integrity}";
            }

            return Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'") == "1"
                ? null
                : $"{path} is a SQLite database, but not one of CE.Platform's.";
        }
        catch (SqliteException e)
        {
            return $"{path} is not a readable SQLite database: {e.Message}";
        }
    }

    // Unpooled: a pooled connection would keep the backup file open after the command.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
