using System.Diagnostics;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Learning;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CE.Platform.Tests.Learning;

/// <summary>
/// The progress cache on PostgreSQL, with progress changed by another connection, as another instance or a
/// command-line tool would: a section viewed again sends no SQL; a change shows at once through the trigger's
/// notification; a notification lost (trigger disabled) leaves the page stale no longer than the cache's
/// lifetime; a lost listening connection forgets everything kept before it came back.
/// </summary>
public sealed class ProgressCacheOnPostgreSqlTests(ProgressCacheOnPostgreSqlTests.CachingApp app) : IClassFixture<ProgressCacheOnPostgreSqlTests.CachingApp>
{
    private const string Module = "/modules/ketamine-safety";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    /// <summary>The app on its own PostgreSQL database (these tests disable its triggers), every SQL command counted.</summary>
    public sealed class CachingApp() : AppFixture(DatabaseKind.PostgreSql)
    {
        public SqlCommandCounter Counter { get; } = new();

        protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
        {
            ["Learning:ProgressCacheLifetime"] = Lifetime.ToString(),
            ["Courses:ImportCheckInterval"] = "01:00:00",
            ["Security:SessionEndCheckInterval"] = "01:00:00",
        };

        protected override Action<IServiceCollection>? Services => services => services.AddSingleton<IInterceptor>(Counter);
    }

    [Fact]
    public async Task A_section_viewed_again_sends_no_sql_and_a_change_made_elsewhere_shows_well_before_the_lifetime()
    {
        using var learner = await ReaderWithOneSectionKeptAsync();

        // The notification of the first view's own write may arrive after the second view kept the row (under load,
        // a CI run saw it) and rightly evict it; so a re-view must soon read no progress, and send at most one other command.
        var deadline = DateTime.UtcNow.AddSeconds(2);
        bool ReadProgress() => app.Counter.Texts.Any(sql => sql.Contains("\"ModuleProgress\"", StringComparison.Ordinal) || sql.Contains("\"SectionsRead\"", StringComparison.Ordinal));
        do
        {
            app.Counter.Reset();
            Assert.Contains("1 of ", await learner.ViewAsync(), StringComparison.Ordinal);
        }
        while (ReadProgress() && DateTime.UtcNow < deadline);

        Assert.False(ReadProgress(), "A section viewed again still read the progress from the database.");
        Assert.True(app.Counter.Count <= 1, $"The page sent SQL again: {string.Join("\n---\n", app.Counter.Texts)}");

        await learner.MarkAnotherSectionReadAsync();
        var seen = await learner.SecondSectionShownAsync(Lifetime);

        // Well inside the lifetime, so it was the notification and not the entry running out (measured: a few ms).
        Assert.True(seen < TimeSpan.FromSeconds(2), $"The change showed only after {seen.TotalMilliseconds:F0} ms.");
        TestContext.Current.SendDiagnosticMessage($"Progress changed by another connection showed after {seen.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public async Task A_lost_notification_leaves_the_page_stale_no_longer_than_the_cache_lifetime()
    {
        using var learner = await ReaderWithOneSectionKeptAsync();
        var kept = Stopwatch.StartNew();
        await using (await TriggersDisabledAsync())
        {
            await learner.MarkAnotherSectionReadAsync();
            Assert.Contains("1 of ", await learner.ViewAsync(), StringComparison.Ordinal);

            await learner.SecondSectionShownAsync(Lifetime * 3);
        }

        Assert.InRange(kept.Elapsed, Lifetime - TimeSpan.FromSeconds(1), Lifetime + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task After_the_listening_connection_is_lost_what_was_kept_before_is_not_served()
    {
        using var learner = await ReaderWithOneSectionKeptAsync();
        var cache = app.Factory.Services.GetRequiredService<ProgressCache>();

        await using (var database = await OpenDatabaseAsync())
        {
            await using var terminate = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", database);
            terminate.Parameters.AddWithValue("name", ProgressChangeListener.ApplicationName);
            Assert.Equal(1L, await terminate.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }

        // The notification of this change goes nowhere: the listener's connection is gone.
        await learner.MarkAnotherSectionReadAsync();
        await WaitUntilAsync(() => !cache.IsListening, "The listener did not notice that its connection was ended.");
        await WaitUntilAsync(() => cache.IsListening, "The listener did not listen again.");

        Assert.Contains("2 of ", await learner.ViewAsync(), StringComparison.Ordinal);
    }

    private async Task<Reader> ReaderWithOneSectionKeptAsync()
    {
        var cache = app.Factory.Services.GetRequiredService<ProgressCache>();
        await WaitUntilAsync(() => cache.IsListening, "The progress cache never started listening.");
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var reader = new Reader(this, client, email, $"{Module}/contraindications");
        // The first view writes; the second reads the row and keeps it.
        await reader.ViewAsync();
        Assert.Contains("1 of ", await reader.ViewAsync(), StringComparison.Ordinal);
        return reader;
    }

    private async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(app.Factory.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private async Task<IAsyncDisposable> TriggersDisabledAsync()
    {
        var connection = await OpenDatabaseAsync();
        await ExecuteAsync(connection, """ALTER TABLE "ModuleProgress" DISABLE TRIGGER ce_progress_changed; ALTER TABLE "SectionsRead" DISABLE TRIGGER ce_section_read_changed""");
        return new Restore(connection);
    }

    private sealed class Restore(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(connection, """ALTER TABLE "ModuleProgress" ENABLE TRIGGER ce_progress_changed; ALTER TABLE "SectionsRead" ENABLE TRIGGER ce_section_read_changed""");
            await connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A learner who has read one section of the module, and what another connection does to their progress.</summary>
    private sealed class Reader(ProgressCacheOnPostgreSqlTests test, AppClient client, string email, string section) : IDisposable
    {
        public async Task<string> ViewAsync() => (await client.GetPageAsync(section)).Body!.TextContent;

        public async Task MarkAnotherSectionReadAsync()
        {
            await using var database = await test.OpenDatabaseAsync();
            await ExecuteAsync(database, """
                INSERT INTO "SectionsRead" ("ModuleProgressId", "Anchor", "FirstReadAtUtc")
                SELECT p."Id", 'safety-by-setting', now() FROM "ModuleProgress" p JOIN "AspNetUsers" u ON u."Id" = p."UserId"
                WHERE u."Email" = @email
                """, ("email", email));
        }

        /// <summary>How long after the call the section page showed both sections read; fails if not within <paramref name="within"/>.</summary>
        public async Task<TimeSpan> SecondSectionShownAsync(TimeSpan within)
        {
            var waited = Stopwatch.StartNew();
            while (!(await ViewAsync()).Contains("2 of ", StringComparison.Ordinal))
            {
                Assert.True(waited.Elapsed < within, $"The page still showed one section read {waited.Elapsed.TotalSeconds:F1} s after the change.");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            return waited.Elapsed;
        }

        public void Dispose() => client.Dispose();
    }
}
