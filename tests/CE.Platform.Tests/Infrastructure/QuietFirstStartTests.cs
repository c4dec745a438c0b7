using System.Text.RegularExpressions;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>
/// The built app, started as an operator starts it on a brand new database, creates its schema,
/// imports the courses and serves without writing a single error line: operators read every
/// <c>fail:</c> as a fault to chase.
/// </summary>
public abstract partial class QuietFirstStartTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task A_first_start_on_an_empty_database_logs_no_error_or_critical_line()
    {
        await using var database = await CreateDatabaseAsync();
        var settings = ChildProcess.SettingsFor(database);
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Logging:LogLevel:Default"] = "Information";
        using var app = ChildProcess.StartApp(settings);

        var started = await Eventually.TrueAsync(() => Task.FromResult(app.Transcript.Contains("Application started", StringComparison.Ordinal) || app.HasExited), TimeSpan.FromMinutes(2));

        Assert.True(started && !app.HasExited, app.Transcript);
        Assert.Contains("Applying", app.Transcript, StringComparison.Ordinal); // it did start from an empty schema
        Assert.False(ErrorLine().IsMatch(app.Transcript), app.Transcript);
    }

    [GeneratedRegex(@"^\s*(fail|crit):", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}

public sealed class SqliteQuietFirstStartTests : QuietFirstStartTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgreSqlQuietFirstStartTests : QuietFirstStartTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateOrSkipAsync();
}
