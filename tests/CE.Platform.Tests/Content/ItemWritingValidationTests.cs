using System.Text.RegularExpressions;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Tests.Content;

/// <summary>The item-writing rules as <c>courses validate</c> runs them on course folders: lines, format, severity, --strict.</summary>
public sealed class ItemWritingValidationTests : IDisposable
{
    private const string BankPath = $"courses/{MinimalCourse.Folder}/{MinimalCourse.Module}.questions.yaml";

    private readonly MinimalCourse course = new();

    public void Dispose() => course.Dispose();

    [Fact]
    public void Warnings_print_with_their_rule_and_do_not_stop_the_course()
    {
        var result = Assert.Single(course.Write().Read());

        Assert.NotNull(result.Course);
        // The minimal bank's single-answer item has 2 options.
        var finding = Assert.Single(result.Warnings, w => w.Rule == "option-count");
        Assert.Equal($"{BankPath}:{MinimalCourse.LineOf(MinimalCourse.QuestionsYaml, "id: first-single")}: option-count: warning: question 'first-single': a single-answer item has 4 or 5 options, not 2",
            finding.ToString());
    }

    [Fact]
    public void An_item_writing_error_stops_the_course_and_points_at_the_option()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "      b: None.\n", "      b: None.\n      c: All of the above.\n");

        var result = Assert.Single(course.Write(questions: questions).Read());

        Assert.Null(result.Course);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{BankPath}:{MinimalCourse.LineOf(questions, "c: All of the above.")}: all-none-of-the-above: question 'first-single': option c",
            error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_validation_makes_every_warning_an_error_and_the_course_invalid()
    {
        var lenient = Assert.Single(course.Write().Read());
        var strict = Assert.Single(new CourseFolderReader(MinimalCourse.Clock).Read(course.CoursesFolder, strict: true));

        Assert.NotEmpty(lenient.Warnings);
        Assert.Null(strict.Course);
        Assert.Empty(strict.Warnings);
        Assert.Equal(lenient.Problems.Select(p => p.ToString().Replace(": warning: ", ": ", StringComparison.Ordinal)), strict.Errors.Select(p => p.ToString()));
    }

    [Fact]
    public void A_stem_repeated_in_another_module_of_the_course_is_an_error_in_the_later_bank()
    {
        var courseYaml = MinimalCourse.Edit(MinimalCourse.CourseYaml, "  - 01-basics\n", "  - 01-basics\n  - 02-again\n");
        course.Write(courseYaml);
        course.Write(courseYaml, MinimalCourse.Edit(MinimalCourse.ModuleMd, "id: basics\n", "id: again\n"),
            MinimalCourse.QuestionsYaml.Replace("id: first-single", "id: repeated-single", StringComparison.Ordinal), moduleName: "02-again");

        var result = Assert.Single(course.Read());

        var duplicate = Assert.Single(result.Errors, e => e.Rule == "duplicate-stem" && e.Message.Contains("'repeated-single'", StringComparison.Ordinal));
        Assert.Equal($"courses/{MinimalCourse.Folder}/02-again.questions.yaml", duplicate.Path);
        Assert.Contains($"same as that of 'first-single' ({BankPath})", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_warning_points_at_the_quiz_review_line()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "  draw: 2\n", "  draw: 2\n  review: full\n");

        var result = Assert.Single(course.Write(module: module).Read());

        var finding = Assert.Single(result.Warnings, w => w.Rule == "review-shows-keys");
        Assert.Equal(MinimalCourse.LineOf(module, "review: full"), finding.Line);
    }

    [Fact]
    public async Task Validate_prints_each_finding_and_a_count_and_fails_only_on_errors_or_when_strict()
    {
        course.Write();
        var reader = new CourseFolderReader(MinimalCourse.Clock);
        using var problems = new StringWriter();
        using var summary = new StringWriter();

        var lenient = await CourseCommands.ValidateAsync(reader, course.CoursesFolder, strict: false, problems, summary);
        var strict = await CourseCommands.ValidateAsync(reader, course.CoursesFolder, strict: true, TextWriter.Null, summary);

        var warnings = problems.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((0, 1), (lenient, strict));
        Assert.All(warnings, line => Assert.Matches(@"^courses/test-course/\S+:\d+: [a-z-]+: warning: \S", line));
        var counts = summary.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"1 course(s), 1 valid module(s), 3 question(s): 0 error(s), {warnings.Length} warning(s).", counts[0]);
        Assert.StartsWith($"1 course(s), 0 valid module(s), 0 question(s): {warnings.Length} error(s), 0 warning(s)", counts[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("courses validate", "validate", false, null)]
    [InlineData("courses validate --strict", "validate", true, null)]
    [InlineData("courses validate --strict some/folder", "validate", true, "some/folder")]
    [InlineData("courses validate some/folder --strict", "validate", true, "some/folder")]
    [InlineData("courses import some/folder", "import", false, "some/folder")]
    public void The_command_line_reads_strict_and_a_folder_relative_to_the_current_directory(string line, string name, bool strict, string? folder)
    {
        var command = CourseCommandLine.Parse(line.Split(' '));

        Assert.Equal(new CourseCommandLine(name, strict, folder is null ? null : Path.GetFullPath(folder)), command);
    }

    [Theory]
    [InlineData("courses import --strict")]
    [InlineData("courses validate --strickt")]
    [InlineData("courses validate one two")]
    [InlineData("courses check")]
    public void A_command_line_it_cannot_read_is_refused(string line)
    {
        Assert.Null(CourseCommandLine.Parse(line.Split(' ')));
    }

    [Fact]
    public void The_example_course_in_the_format_guide_passes_strict_validation()
    {
        var guide = File.ReadAllText(Path.Combine(TestCourses.RepositoryRoot, "docs", "course-format.md"));
        var blocks = Regex.Matches(guide, "```(?:yaml|markdown)\n(?<text>.*?)```", RegexOptions.Singleline).Select(m => m.Groups["text"].Value).ToList();
        var courseYaml = blocks.First(b => b.StartsWith("id: ketamine-clinical-practice", StringComparison.Ordinal));
        course.Write(
            courseYaml[..courseYaml.IndexOf("modules:", StringComparison.Ordinal)] + $"modules:\n  - {MinimalCourse.Module}\n",
            blocks.First(b => b.StartsWith("---\nid: ketamine-pharmacology", StringComparison.Ordinal)),
            blocks.First(b => b.StartsWith("questions:", StringComparison.Ordinal)));

        var result = Assert.Single(new CourseFolderReader(MinimalCourse.Clock).Read(course.CoursesFolder, strict: true));

        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
    }

    /// <summary>How CI (which runs `dotnet test`) enforces `courses validate --strict` on the shipped courses.</summary>
    [Fact]
    public void The_shipped_courses_pass_strict_validation()
    {
        var results = new CourseFolderReader(MinimalCourse.Clock).Read(TestCourses.Shipped, strict: true);

        Assert.NotEmpty(results);
        var findings = results.SelectMany(r => r.Problems).ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} finding(s) under --strict:\n{string.Join('\n', findings)}");
    }
}
