using CE.Platform.Testing;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;

namespace CE.Platform.Tests.Content;

/// <summary>
/// The CI gate: someone who has not read a module must not pass its quiz by a test-wise strategy. Runs
/// the same command authors run, over the shipped courses, with a fixed seed so a failure is reproducible
/// (5,000 attempts: a share's standard error near 5% is 0.3 points, and the run stays within seconds).
/// </summary>
public sealed class ShippedBanksGuessingTests
{
    [Fact]
    public void Every_strategy_passes_fewer_than_5_percent_of_attempts_on_every_shipped_module()
    {
        var output = new StringWriter();

        var exit = GuessingAuditCommand.Run(new CourseFolderReader(MinimalCourse.Clock), ["--attempts", "5000", "--seed", "20260101"],
            TestCourses.Shipped, output, output);

        TestContext.Current.SendDiagnosticMessage(output.ToString());
        Assert.True(exit == 0, $"Reproduce with: dotnet run --project src/CE.Platform.Web -- courses audit-guessing courses --attempts 5000 --seed 20260101\n{output}");
    }
}
