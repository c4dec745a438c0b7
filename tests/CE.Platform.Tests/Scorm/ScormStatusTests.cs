using CE.Platform.Web.Features.Scorm;

namespace CE.Platform.Tests.Scorm;

public sealed class ScormStatusTests
{
    [Fact]
    public void Reading_shows_as_progress_with_the_module_incomplete_and_success_unknown()
    {
        var status = ScormStatus.From(new ScormProgress(false, null, null, 0.5m));

        Assert.Equal(("incomplete", "incomplete", "unknown", 0.5m), (status.LessonStatus, status.CompletionStatus, status.SuccessStatus, status.ProgressMeasure));
        Assert.Null(status.ScoreRaw);
    }

    [Fact]
    public void Every_section_read_without_the_completion_stays_short_of_one_so_the_LMS_never_sees_full_progress_on_an_incomplete_module()
    {
        var status = ScormStatus.From(new ScormProgress(false, 60m, false, 1m));

        Assert.Equal(("failed", "incomplete", "failed", 0.99m), (status.LessonStatus, status.CompletionStatus, status.SuccessStatus, status.ProgressMeasure));
        Assert.Equal((60m, 0.6m), (status.ScoreRaw, status.ScoreScaled));
    }

    [Fact]
    public void The_completion_reports_passed_completed_the_score_and_full_progress()
    {
        var status = ScormStatus.From(new ScormProgress(true, 85m, true, 0.75m));

        Assert.Equal(("passed", "completed", "passed", 1m), (status.LessonStatus, status.CompletionStatus, status.SuccessStatus, status.ProgressMeasure));
        Assert.Equal((85m, 0.85m), (status.ScoreRaw, status.ScoreScaled));
    }
}
