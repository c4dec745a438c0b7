using System.Text;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;

namespace CE.Platform.Tests.Content;

public sealed class GuessingAuditCommandTests : IDisposable
{
    private readonly MinimalCourse course = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public void Dispose() => course.Dispose();

    private int Run(params string[] args) =>
        GuessingAuditCommand.Run(new CourseFolderReader(MinimalCourse.Clock), args, course.CoursesFolder, output, errors);

    /// <summary>Twelve items no cue gives away (equal options, no shared words, keys spread over a–d), ten drawn.</summary>
    private static string BalancedBank()
    {
        var bank = new StringBuilder("questions:\n");
        for (var n = 0; n < 12; n++)
        {
            bank.Append($"""
                  - id: q{n}
                    section: {(n % 2 == 0 ? "first-idea" : "second-idea")}
                    type: single
                    stem: Which name is right in case {n}?
                    options:
                      a: Alpha.
                      b: Bravo.
                      c: Gamma.
                      d: Delta.
                    answer: {TinyBank.Letter(n % 4)}
                    rationale: Because.

                """);
        }

        return bank.ToString();
    }

    [Fact]
    public void A_bank_no_strategy_can_pass_is_printed_for_every_strategy_and_exits_zero()
    {
        course.Write(module: MinimalCourse.Edit(MinimalCourse.ModuleMd, "draw: 2", "draw: 10"), questions: BalancedBank());

        var exit = Run("--attempts", "2000");

        Assert.True(exit == 0, output.ToString() + errors);
        Assert.Equal(5, output.ToString().Split('\n').Count(line => line.StartsWith("basics ", StringComparison.Ordinal)));
        Assert.DoesNotContain(GuessingAuditTable.Mark, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Every strategy passes fewer than 5% of attempts on every module.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_strategy_passing_5_percent_or_more_is_marked_and_fails_the_command()
    {
        // The minimal course draws 2 of 3 questions; guessing both right happens far more often than 5%.
        course.Write();

        var exit = Run("--attempts", "2000", "--seed", "-4");

        Assert.Equal(1, exit);
        Assert.Matches(@"basics\s+random\s+\d+\.\d\d%\s+\d+\.\d\d%\s+<< 5% or more", output.ToString());
        Assert.Contains("seed -4", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_with_validation_problems_is_listed_and_not_audited()
    {
        course.Write(questions: MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "answer: a\n", "answer: d\n"));

        var exit = Run();

        Assert.Equal(1, exit);
        Assert.Contains("01-basics.questions.yaml:", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("the guessing audit runs on valid courses only", errors.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void A_folder_without_modules_fails_rather_than_passing_an_empty_audit()
    {
        Directory.CreateDirectory(course.CoursesFolder);

        Assert.Equal(1, Run());
        Assert.Contains("No modules to audit", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--attempts", "0", "--attempts needs a whole number from 1 to 1,000,000, not '0'")]
    [InlineData("--attempts", "many", "--attempts needs a whole number from 1 to 1,000,000, not 'many'")]
    [InlineData("--attempts", "-5", "--attempts needs a whole number from 1 to 1,000,000, not '-5'")]
    [InlineData("--seed", "x", "--seed needs a whole number, not 'x'")]
    [InlineData("--trials", "5", "Unknown option '--trials'")]
    [InlineData("one", "two", "Give one courses folder, not also 'two'")]
    public void A_bad_argument_is_refused_with_a_message_naming_it(string first, string second, string message)
    {
        Assert.Equal(64, Run(first, second));
        Assert.Contains(message, errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_is_refused()
    {
        Assert.Equal(64, Run("--attempts"));
        Assert.Contains("--attempts needs a whole number from 1 to 1,000,000, not ''", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_folder_is_taken_from_the_current_directory_and_no_folder_means_the_default()
    {
        Assert.Equal(Path.GetFullPath("my-courses"), GuessingAuditOptions.Parse(["my-courses"], "/default").Options!.Folder);
        Assert.Equal("/default", GuessingAuditOptions.Parse(["--seed", "1"], "/default").Options!.Folder);
    }
}
