using System.Net;
using CE.Platform.Testing;
using CE.Platform.Tests.Security;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Admin;

public abstract class EvaluationReportTests(AppFixture app)
{
    [Fact]
    public async Task Admins_get_counts_and_means_per_module_as_csv_and_learners_do_not()
    {
        using var courses = new TestCourses();
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));
        foreach (var objectives in new[] { "5", "2" })
        {
            await PassAndEvaluateAsync(courses.ModuleId, "ObjectivesMet", objectives);
        }

        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var (other, _) = await AccountSteps.SignedInAsync(app);
        using var csv = await admin.GetAsync("/admin/evaluations.csv");
        using var refused = await other.GetAsync("/admin/evaluations.csv");
        var page = await admin.GetPageAsync("/admin/evaluations");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var row = (await csv.Content.ReadAsStringAsync()).Split("\r\n").Single(line => line.StartsWith(courses.ModuleId, StringComparison.Ordinal));
        Assert.EndsWith(",2,3.5,4,5,4,2,0,0,2", row, StringComparison.Ordinal);
        Assert.Contains("3.5", page.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        admin.Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task Admins_read_comments_newest_first_without_names_and_export_them_all()
    {
        using var courses = new TestCourses();
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));
        var emails = new List<string>();
        foreach (var comment in new[] { "First: more on emergence reactions, please.", "Second: the dosing table\nwas clear." })
        {
            emails.Add(await PassAndEvaluateAsync(courses.ModuleId, "Comments", comment));
        }

        using var admin = (await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin)).Client;
        var page = await admin.GetPageAsync($"/admin/evaluations/{courses.ModuleId}/comments");
        using var missing = await admin.GetAsync("/admin/evaluations/no-such-module/comments");
        using var csv = await admin.GetAsync("/admin/evaluations/comments.csv");

        var shown = page.QuerySelectorAll("td.comment").Select(td => td.TextContent).ToList();
        Assert.Equal(["Second: the dosing table\nwas clear.", "First: more on emergence reactions, please."], shown);
        Assert.All(emails, email => Assert.DoesNotContain(email, page.Body?.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var rows = CsvCells.Rows(await csv.Content.ReadAsStringAsync()).Where(r => r[0] == courses.ModuleId).ToList();
        Assert.Equal(["Second: the dosing table\nwas clear.", "First: more on emergence reactions, please."], rows.Select(r => r[5]));
        Assert.All(rows, r => Assert.Equal("1", r[2]));
    }

    /// <summary>A new learner passes the module and sends the evaluation with one field changed; returns their email.</summary>
    private async Task<string> PassAndEvaluateAsync(string moduleId, string field, string value)
    {
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        using var _ = learner;
        var attemptId = await QuizSteps.StartAsync(learner, moduleId);
        using var submitted = await QuizSteps.SubmitAsync(learner, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
        var evaluation = QuizSteps.Evaluation();
        evaluation[field] = value;
        using var done = await learner.SubmitAsync($"/attempts/{attemptId}/complete", evaluation);
        return email;
    }
}

[Collection(Collections.Sqlite)]
public sealed class EvaluationReportTestsOnSqlite(SqliteAppFixture app) : EvaluationReportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class EvaluationReportTestsOnPostgreSql(PostgreSqlAppFixture app) : EvaluationReportTests(app);
