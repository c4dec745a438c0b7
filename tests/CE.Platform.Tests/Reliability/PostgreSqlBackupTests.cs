using CE.Platform.Testing;
using Npgsql;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// The documented PostgreSQL procedure: ops/pg-backup.sh (pg_dump) of the live database, then
/// ops/pg-restore.sh into a new, empty throw-away database, where the site starts and shows the data.
/// </summary>
public sealed class PostgreSqlBackupTests(PostgreSqlAppFixture app) : IClassFixture<PostgreSqlAppFixture>
{
    [Fact]
    public async Task A_pg_dump_backup_restores_into_an_empty_database_where_the_site_shows_the_data()
    {
        var tools = new[] { "pg_dump", "pg_restore", "psql" };
        if (tools.FirstOrDefault(tool => !OnPath(tool)) is { } missing)
        {
            Requirements.Unavailable(Requirements.RequirePostgresVariable, $"{missing} is not installed (Debian package postgresql-client), so the pg_dump backup procedure cannot be tested.");
        }

        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-depression");
        var backup = Path.Combine(app.Factory.Database.Folder, "ce-platform.dump");
        await using var restored = await PostgreSqlTestDatabase.CreateOrSkipAsync();

        var (backupExit, backupTranscript) = await RunScriptAsync("pg-backup.sh", ((PostgreSqlTestDatabase)app.Factory.Database).Name, backup);
        var (restoreExit, restoreTranscript) = await RunScriptAsync("pg-restore.sh", backup, restored.Name);
        var (againExit, againTranscript) = await RunScriptAsync("pg-restore.sh", backup, restored.Name);

        Assert.True(backupExit == 0, backupTranscript);
        Assert.True(restoreExit == 0, restoreTranscript);
        Assert.Equal(1, againExit);
        Assert.Contains("already has", againTranscript, StringComparison.Ordinal);
        await RestoredSite.AssertShowsAsync(restored, certificate, email);
        learner.Dispose();
    }

    // The scripts take libpq's environment for the server, as an operator's shell would.
    private static Task<(int Exit, string Transcript)> RunScriptAsync(string script, params string[] args)
    {
        var server = new NpgsqlConnectionStringBuilder(Requirements.PostgresConnectionString);
        return ChildProcess.RunAsync("bash", [Path.Combine(TestCourses.RepositoryRoot, "ops", script), .. args], new Dictionary<string, string>
        {
            ["PGHOST"] = server.Host ?? "127.0.0.1",
            ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = server.Username ?? "postgres",
            ["PGPASSWORD"] = server.Password ?? "",
        });
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, program)));
}
