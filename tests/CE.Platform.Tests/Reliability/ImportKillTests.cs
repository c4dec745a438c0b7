using System.Net;
using System.Text.RegularExpressions;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// <c>courses import</c>, run as the operator runs it, is killed (SIGKILL) while it writes a new
/// version of every module of a 40-module course: the database keeps serving the previous version
/// whole, and the next run imports the new one.
/// </summary>
public abstract partial class ImportKillTests
{
    private const int Modules = 40;
    private const string NewParagraph = "Revised after the 2027 guideline update.";

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task An_import_killed_part_way_leaves_the_previous_version_serving_and_a_rerun_imports_the_new_one()
    {
        await using var database = await CreateDatabaseAsync();
        using var course = new ManyModuleCourse(Modules);
        var settings = ChildProcess.SettingsFor(database);
        var (firstExit, firstTranscript) = await ChildProcess.RunAppAsync(settings, "courses", "import", course.Root);
        Assert.True(firstExit == 0, firstTranscript);
        var previous = await CurrentVersionsAsync(database, course);
        course.AppendToEveryModule(NewParagraph);

        // Killed after the 1st, 10th and 20th of 40 new versions was written (each command is logged once executed);
        // half the course is still to come, so the kill lands well inside the transaction.
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        foreach (var killAfter in new[] { 1, Modules / 4, Modules / 2 })
        {
            using var import = ChildProcess.StartApp(settings, "courses", "import", course.Root);
            Assert.True(await Eventually.TrueAsync(() => Task.FromResult(VersionInserts().Count(import.Transcript) >= killAfter || import.HasExited), TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(5)));
            Assert.False(import.HasExited, $"The import ended before {killAfter} version(s) were written:\n{import.Transcript}");
            await import.KillAsync();

            Assert.Equal(previous, await CurrentVersionsAsync(database, course));
        }

        await AssertServedAsync(database, course.Slugs[^1], servesNewParagraph: false);
        var (rerunExit, rerunTranscript) = await ChildProcess.RunAppAsync(ChildProcess.SettingsFor(database), "courses", "import", course.Root);
        Assert.True(rerunExit == 0, rerunTranscript);
        var current = await CurrentVersionsAsync(database, course);
        Assert.All(current, v => Assert.Equal((2, 2), (v.Value.Number, v.Value.Versions)));
        await AssertServedAsync(database, course.Slugs[^1], servesNewParagraph: true);
    }

    /// <summary>Per module: its current version's number and hash, and how many versions it has.</summary>
    private static async Task<Dictionary<string, (int Number, string Hash, int Versions)>> CurrentVersionsAsync(TestDatabase database, ManyModuleCourse course)
    {
        await using var db = database.CreateContext();
        var rows = await db.Modules.AsNoTracking().Where(m => course.Slugs.Contains(m.Slug))
            .Select(m => new { m.Slug, m.CurrentVersion!.Number, m.CurrentVersion.ContentHash, Versions = m.Versions.Count })
            .ToListAsync();
        Assert.Equal(Modules, rows.Count);
        return rows.ToDictionary(r => r.Slug, r => (r.Number, r.ContentHash, r.Versions));
    }

    // The site started on the database shows the module's last section from its current version.
    private static async Task AssertServedAsync(TestDatabase database, string slug, bool servesNewParagraph)
    {
        await using var site = new CePlatformFactory(database);
        var email = AccountSteps.NewEmail();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Reader", AccountSteps.Password, Roles.Learner);
        }

        using var client = new AppClient(site.CreateClient(new() { AllowAutoRedirect = false }));
        using var _ = await AccountSteps.SignInAsync(client, email);
        var overview = await client.GetPageAsync($"/modules/{slug}");
        var lastSection = overview.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Last(h => h.StartsWith($"/modules/{slug}/", StringComparison.Ordinal));
        using var page = await client.GetAsync(lastSection);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(servesNewParagraph, (await page.Content.ReadAsStringAsync()).Contains(NewParagraph, StringComparison.Ordinal));
    }

    [GeneratedRegex("INSERT INTO \"ModuleVersions\"")]
    private static partial Regex VersionInserts();
}

public sealed class ImportKillTestsOnSqlite : ImportKillTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class ImportKillTestsOnPostgreSql : ImportKillTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateOrSkipAsync();
}
