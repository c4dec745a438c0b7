using System.Net;
using CE.Platform.Testing;
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
            var (learner, _) = await AccountSteps.SignedInAsync(app);
            var attemptId = await QuizSteps.StartAsync(learner, courses.ModuleId);
            using var _ = await QuizSteps.SubmitAsync(learner, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
            var evaluation = QuizSteps.Evaluation();
            evaluation["ObjectivesMet"] = objectives;
            using var done = await learner.SubmitAsync($"/attempts/{attemptId}/complete", evaluation);
            learner.Dispose();
        }

        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var (other, _) = await AccountSteps.SignedInAsync(app);
        using var csv = await admin.GetAsync("/admin/evaluations.csv");
        using var refused = await other.GetAsync("/admin/evaluations.csv");
        var page = await admin.GetPageAsync("/admin/evaluations");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var row = (await csv.Content.ReadAsStringAsync()).Split("\r\n").Single(line => line.StartsWith(courses.ModuleId, StringComparison.Ordinal));
        Assert.EndsWith(",2,3.5,4,5,4,2,0,0", row, StringComparison.Ordinal);
        Assert.Contains("3.5", page.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        admin.Dispose();
        other.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class EvaluationReportTestsOnSqlite(SqliteAppFixture app) : EvaluationReportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class EvaluationReportTestsOnPostgreSql(PostgreSqlAppFixture app) : EvaluationReportTests(app);
