using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// <c>database backup</c> copies the SQLite database while the site writes to it; <c>database restore</c>
/// puts the copy in a fresh folder, where the site starts and shows the data.
/// </summary>
public sealed class SqliteBackupTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task A_backup_taken_while_the_site_writes_restores_into_a_fresh_folder_where_the_site_shows_the_data()
    {
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-history");
        var backup = Path.Combine(app.Factory.Database.Folder, "backups", "ce-platform.db");
        using var stop = new CancellationTokenSource();
        var writer = WriteAccountsAsync(stop.Token);

        (int Exit, string Transcript) backedUp;
        try
        {
            backedUp = await ChildProcess.RunAppAsync(ChildProcess.SettingsFor(app.Factory.Database), "database", "backup", backup);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var written = await writer;
        var (exit, transcript) = backedUp;

        Assert.True(exit == 0, transcript);
        Assert.True(written > 1, $"Only {written} account(s) were written while the backup ran: the backup did not race any writes.");
        await using var restored = new SqliteTestDatabase();
        var settings = ChildProcess.SettingsFor(restored);
        var (restoreExit, restoreTranscript) = await ChildProcess.RunAppAsync(settings, "database", "restore", backup);
        Assert.True(restoreExit == 0, restoreTranscript);
        var (againExit, againTranscript) = await ChildProcess.RunAppAsync(settings, "database", "restore", backup);
        Assert.Equal(1, againExit);
        Assert.Contains("--replace-existing true", againTranscript, StringComparison.Ordinal);

        await RestoredSite.AssertShowsAsync(restored, certificate, email);
        learner.Dispose();
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_database_of_the_site_is_refused_and_changes_nothing()
    {
        await using var target = new SqliteTestDatabase();
        var bogus = Path.Combine(target.Folder, "not-a-backup.db");
        await File.WriteAllTextAsync(bogus, "hello", TestContext.Current.CancellationToken);

        var (exit, transcript) = await ChildProcess.RunAppAsync(ChildProcess.SettingsFor(target), "database", "restore", bogus);

        Assert.Equal(1, exit);
        Assert.Contains("not a readable SQLite database", transcript, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target.Folder, "app.db")));
    }

    // Registers accounts one after another until stopped: the writes the backup races.
    private async Task<int> WriteAccountsAsync(CancellationToken stop)
    {
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>()
                .CreateConfirmedAsync(AccountSteps.NewEmail("writer"), "Busy Writer", AccountSteps.Password, Roles.Learner));
            written++;
            await Task.Delay(20, CancellationToken.None);
        }

        return written;
    }
}
