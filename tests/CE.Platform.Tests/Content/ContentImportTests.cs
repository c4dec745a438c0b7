using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Content;

public abstract class ContentImportTests(AppFixture app)
{
    [Fact]
    public async Task Importing_the_same_files_twice_stores_one_version()
    {
        using var courses = new TestCourses();

        var first = await ImportAsync(courses);
        var second = await ImportAsync(courses);

        Assert.True(first.Succeeded, first.Problems);
        Assert.Equal("No content changed.", second.Summary);
        Assert.Equal([1], await VersionNumbersAsync(courses.ModuleId));
    }

    [Fact]
    public async Task Changing_a_module_adds_a_version_and_a_learner_mid_module_keeps_theirs()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);
        var (reader, _) = await AccountSteps.SignedInAsync(app);
        var started = await reader.GetPageAsync($"/modules/{courses.ModuleId}/chemistry");

        courses.AppendToBody("A clarifying paragraph added after review.");
        var run = await ImportAsync(courses);

        Assert.Contains($"{courses.ModuleId} v2", run.Summary, StringComparison.Ordinal);
        Assert.Equal([1, 2], await VersionNumbersAsync(courses.ModuleId));
        var overview = await reader.GetPageAsync($"/modules/{courses.ModuleId}");
        Assert.Contains($"{courses.ModuleId} v1", overview.Body!.TextContent, StringComparison.Ordinal);
        var (newcomer, _) = await AccountSteps.SignedInAsync(app);
        var fresh = await newcomer.GetPageAsync($"/modules/{courses.ModuleId}");
        Assert.Contains($"{courses.ModuleId} v2", fresh.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(started.QuerySelector("h2#chemistry"));
        reader.Dispose();
        newcomer.Dispose();
    }

    [Fact]
    public async Task A_completion_and_its_certificate_keep_the_version_completed_after_the_module_changes()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);
        var (early, _) = await AccountSteps.SignedInAsync(app);
        var before = await CompletionSteps.CompleteAsync(app, early, courses.ModuleId);

        courses.AppendToBody("A paragraph added at the annual review.");
        await ImportAsync(courses);
        var (late, _) = await AccountSteps.SignedInAsync(app);
        var after = await CompletionSteps.CompleteAsync(app, late, courses.ModuleId);

        Assert.Contains(" v1 ", before.ContentVersion, StringComparison.Ordinal);
        Assert.Contains(" v2 ", after.ContentVersion, StringComparison.Ordinal);
        var versions = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Completions.AsNoTracking()
            .Where(c => c.Id == before.CompletionId || c.Id == after.CompletionId)
            .OrderBy(c => c.Id).Select(c => c.ModuleVersionId).ToListAsync());
        Assert.Equal(2, versions.Distinct().Count());
        early.Dispose();
        late.Dispose();
    }

    [Fact]
    public async Task An_invalid_change_is_not_imported_and_the_previous_version_keeps_serving()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);

        courses.ReplaceInModule("estimated_minutes: 60", "estimated_minutes: an hour");
        var run = await ImportAsync(courses);

        Assert.False(run.Succeeded);
        Assert.Matches(@"courses/ketamine-clinical-practice/01-pharmacology\.md:\d+: 'estimated_minutes' must be a number", run.Problems);
        Assert.Equal([1], await VersionNumbersAsync(courses.ModuleId));
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var page = await client.GetPageAsync($"/modules/{courses.ModuleId}");
        Assert.Contains("60 minutes", page.Body!.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task A_change_with_only_item_writing_warnings_is_imported_and_the_run_lists_no_problems()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);

        // A section no question tests: a section-coverage warning, not an error.
        courses.AppendToBody("## Further reading {#further-reading}\n\nThe references below go deeper.");
        var run = await ImportAsync(courses);

        Assert.True(run.Succeeded, run.Problems);
        Assert.Equal("", run.Problems);
        Assert.Equal([1, 2], await VersionNumbersAsync(courses.ModuleId));
    }

    [Fact]
    public async Task An_item_writing_error_stops_the_import_like_any_other_error()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);

        courses.ReplaceInQuestions("a: About 0.075 mg/kg", "a: All of the above");
        var run = await ImportAsync(courses);

        Assert.False(run.Succeeded);
        Assert.Matches(@"01-pharmacology\.questions\.yaml:\d+: all-none-of-the-above: question 'chem-s-ketamine-protocol-dose'", run.Problems);
        Assert.DoesNotContain("warning:", run.Problems, StringComparison.Ordinal);
        Assert.Equal([1], await VersionNumbersAsync(courses.ModuleId));
    }

    [Fact]
    public async Task A_module_removed_from_its_course_is_retired_not_deleted()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);

        courses.RemoveModule();
        var run = await ImportAsync(courses);

        Assert.Contains($"{courses.ModuleId} retired", run.Summary, StringComparison.Ordinal);
        var module = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Modules.AsNoTracking()
            .Include(m => m.Versions).SingleAsync(m => m.Slug == courses.ModuleId));
        Assert.NotNull(module.RetiredAtUtc);
        Assert.Single(module.Versions);
        using var anonymous = app.NewClient();
        var catalog = await anonymous.GetPageAsync("/catalog");
        Assert.Null(catalog.QuerySelector($"a[href='/modules/{courses.ModuleId}']"));
    }

    [Fact]
    public async Task An_admin_sees_the_versions_and_the_problems_of_the_last_import_and_a_learner_cannot()
    {
        using var courses = new TestCourses();
        await ImportAsync(courses);
        courses.ReplaceInModule("credit_hours: 1.0", "credit_hours: plenty");
        await ImportAsync(courses);
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var (learner, _) = await AccountSteps.SignedInAsync(app);

        var page = await admin.GetPageAsync("/admin/content");
        using var refused = await learner.GetAsync("/admin/content");

        Assert.Contains("'credit_hours' must be a number", page.QuerySelector("[role=alert] pre")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(courses.ModuleId, page.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        admin.Dispose();
        learner.Dispose();
    }

    private Task<ContentImportRun> ImportAsync(TestCourses courses) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));

    private Task<List<int>> VersionNumbersAsync(string slug) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ModuleVersions.AsNoTracking()
            .Where(v => v.Module.Slug == slug).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());
}

[Collection(Collections.Sqlite)]
public sealed class ContentImportTestsOnSqlite(SqliteAppFixture app) : ContentImportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ContentImportTestsOnPostgreSql(PostgreSqlAppFixture app) : ContentImportTests(app);
