using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Content;

/// <summary>Images in the module body and question stems: validated, imported by content hash, served by the site.</summary>
public sealed class CourseImageValidationTests : IDisposable
{
    private readonly MinimalCourse course = new();

    public void Dispose() => course.Dispose();

    [Theory]
    [InlineData("![An ECG strip](assets/missing.png)", "does not exist")]
    [InlineData("![An ECG strip](https://example.org/ecg.png)", "must be a file in the course's assets/ folder")]
    [InlineData("![An ECG strip](assets/../course.yaml)", "must be a file in the course's assets/ folder")]
    [InlineData("![An ECG strip](assets/ecg.svg)", "must be PNG, JPEG, GIF or WebP")]
    [InlineData("![](assets/ecg.png)", "needs alt text")]
    public void A_bad_image_in_the_body_is_reported_on_its_line(string image, string message)
    {
        course.WriteFile(MinimalCourse.Folder + "/assets", "ecg.png", "png bytes");
        course.WriteFile(MinimalCourse.Folder + "/assets", "ecg.svg", "<svg/>");
        var module = MinimalCourse.ModuleMd + $"\n{image}\n";

        var result = Assert.Single(course.Write(module: module).Read());

        var problem = Assert.Single(result.Errors);
        Assert.Equal(MinimalCourse.LineOf(module, image), problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_in_a_question_stem_is_checked_too()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "stem: Which idea holds?", "stem: \"Which idea holds? ![Chart](assets/none.png)\"");

        var result = Assert.Single(course.Write(questions: questions).Read());

        Assert.Contains(result.Problems, p => p.Path.EndsWith(".questions.yaml", StringComparison.Ordinal) && p.Message.Contains("does not exist", StringComparison.Ordinal));
    }
}

public abstract class CourseImageImportTests(AppFixture app)
{
    [Fact]
    public async Task An_image_is_served_from_its_content_hash_and_changing_it_makes_a_new_version()
    {
        using var courses = new TestCourses();
        courses.WriteAsset("dosing-chart.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        courses.ReplaceInModule("## Chemistry and enantiomers {#chemistry}", "## Chemistry and enantiomers {#chemistry}\n\n![Dose by route chart](assets/dosing-chart.png)");
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));
        var (client, _) = await AccountSteps.SignedInAsync(app);

        var page = await client.GetPageAsync($"/modules/{courses.ModuleId}/chemistry");
        var image = page.QuerySelector("article.prose img[alt='Dose by route chart']");
        using var served = await client.GetAsync(image!.GetAttribute("src")!);
        courses.WriteAsset("dosing-chart.png", [0x89, 0x50, 0x4E, 0x47, 9, 9, 9]);
        var run = await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));

        Assert.Matches("^/content-assets/[0-9a-f]{64}\\.png$", image.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], await served.Content.ReadAsByteArrayAsync());
        Assert.Contains($"{courses.ModuleId} v2", run.Summary, StringComparison.Ordinal);
        client.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class CourseImageImportTestsOnSqlite(SqliteAppFixture app) : CourseImageImportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CourseImageImportTestsOnPostgreSql(PostgreSqlAppFixture app) : CourseImageImportTests(app);
