using CE.Platform.Testing;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Security;

/// <summary>
/// Payloads written into a course file (title, heading, body, question stems, options and
/// rationales) come back inert on the pages a learner reads and answers. The renderer's own
/// sanitising is unit-tested in CourseValidationTests; this follows the text to the pages.
/// </summary>
public abstract class CoursePayloadTests(AppFixture app)
{
    private const string Markup = "<img src=x onerror=window.__xss=1> [here](javascript:window.__xss=1) <script>window.__xss=1</script>";

    [Fact]
    public async Task Payloads_in_a_course_file_stay_inert_from_the_catalog_to_the_quiz_review()
    {
        using var courses = new TestCourses();
        courses.ReplaceInModule("title: Ketamine pharmacology", $"title: \"Ketamine {Payloads.Script} pharmacology\"");
        courses.ReplaceInModule("## Chemistry and enantiomers {#chemistry}", "## Chemistry <img src=x onerror=window.__xss=1> and enantiomers {#chemistry}");
        courses.ReplaceInModule("\n### One chiral center, two drugs\n", $"\n{Markup}\n\n### One chiral center, two drugs\n");
        courses.ReplaceInQuestions("    stem: >\n", $"    stem: >\n      {Markup}\n");
        courses.ReplaceInQuestions("    rationale: >\n", $"    rationale: >\n      {Payloads.Script}{Payloads.Attribute}\n");
        courses.ReplaceInQuestions("      a: ", $"      a: {Payloads.Script} ");
        var run = await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));
        Assert.True(run.Succeeded, run.Problems);
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var module = $"/modules/{courses.ModuleId}";

        var attemptId = await QuizSteps.StartAsync(learner, courses.ModuleId);
        var take = await learner.GetPageAsync($"/attempts/{attemptId}");
        // A pass, so the result shows the full review: options and rationales, where the payloads are.
        using var submitted = await QuizSteps.SubmitAsync(learner, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
        var pages = new (string Url, string[] Shown)[]
        {
            ("/", [$"Ketamine {Payloads.Script} pharmacology"]),
            (module, [$"Ketamine {Payloads.Script} pharmacology"]),
            ($"{module}/chemistry", []),
            ($"/attempts/{attemptId}/result", [Payloads.Script + Payloads.Attribute]),
        };

        var problems = InertHtml.Problems(take, $"/attempts/{attemptId}", [Payloads.Script]).ToList();
        foreach (var (url, shown) in pages)
        {
            problems.AddRange(InertHtml.Problems(await learner.GetPageAsync(url), url, shown));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        learner.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class CoursePayloadTestsOnSqlite(SqliteAppFixture app) : CoursePayloadTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CoursePayloadTestsOnPostgreSql(PostgreSqlAppFixture app) : CoursePayloadTests(app);
