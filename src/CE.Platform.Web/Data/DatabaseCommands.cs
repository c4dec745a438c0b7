using Microsoft.Data.Sqlite;

namespace CE.Platform.Web.Data;

/// <summary>
/// <c>database backup &lt;file&gt;</c> (safe while the site runs) and
/// <c>database restore &lt;file&gt; [--replace-existing true]</c> (with the site stopped) for the SQLite database.
/// PostgreSQL is backed up with pg_dump: ops/pg-backup.sh and docs/operations.md.
/// </summary>
public static class DatabaseCommands
{
    public const string Usage = "database backup <file> | database restore <file> [--replace-existing true]";

    public static async Task<int> RunAsync(DatabaseSettings settings, string[] args, IConfiguration configuration)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("These commands copy the SQLite database; back up PostgreSQL with ops/pg-backup.sh (pg_dump), see docs/operations.md.");
            return 64;
        }

        var database = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var file = args.Length > 2 ? Path.GetFullPath(args[2]) : null;
        return (args.ElementAtOrDefault(1), file) switch
        {
            ("backup", not null) => await BackupAsync(database, file),
            ("restore", not null) => await RestoreAsync(file, database, configuration.GetValue<bool>("replace-existing")),
            _ => await FailAsync(64, $"Usage: {Usage}"),
        };
    }

    private static async Task<int> BackupAsync(string database, string file)
    {
        if (File.Exists(file))
        {
            return await FailAsync(1, $"{file} already exists; choose a new file name for each backup.");
        }

        if (SqliteBackup.Problem(database) is { } problem)
        {
            return await FailAsync(1, problem);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        SqliteBackup.Copy(database, file);
        if (SqliteBackup.Problem(file) is { } copyProblem)
        {
            return await FailAsync(1, $"The backup is not usable: {copyProblem}");
        }

        Console.WriteLine($"Backed up {database} to {file} ({new FileInfo(file).Length} bytes).");
        return 0;
    }

    private static async Task<int> RestoreAsync(string file, string database, bool replaceExisting)
    {
        if (SqliteBackup.Problem(file) is { } problem)
        {
            return await FailAsync(1, problem);
        }

        // A running site would keep serving from its caches and its open connections: it must be stopped first.
        if (File.Exists(database) && !replaceExisting)
        {
            return await FailAsync(1, $"{database} exists. Stop the site, then run again with --replace-existing true to overwrite it.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        SqliteBackup.Copy(file, database);
        Console.WriteLine($"Restored {file} into {database}. Start the site; it applies any newer migrations.");
        return 0;
    }

    private static async Task<int> FailAsync(int exitCode, string message)
    {
        await Console.Error.WriteLineAsync(message);
        return exitCode;
    }
}
