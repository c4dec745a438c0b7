using CE.Platform.Web.Features.Lti;

namespace CE.Platform.Tests.Lti;

public sealed class LtiScorePayloadTests
{
    [Fact]
    public void The_score_is_the_percentage_out_of_100_completed_and_fully_graded_with_the_verification_link()
    {
        var score = LtiScorePayload.For("lms-42", 86.666m, new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero), "https://ce.example/verify/abc");

        Assert.Equal("lms-42", score["userId"]!.GetValue<string>());
        Assert.Equal(86.67m, score["scoreGiven"]!.GetValue<decimal>());
        Assert.Equal(100, score["scoreMaximum"]!.GetValue<int>());
        Assert.Equal("Completed", score["activityProgress"]!.GetValue<string>());
        Assert.Equal("FullyGraded", score["gradingProgress"]!.GetValue<string>());
        Assert.Equal("2026-12-04T09:30:00.000+00:00", score["timestamp"]!.GetValue<string>());
        Assert.Equal("Completed with a certificate: https://ce.example/verify/abc", score["comment"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1", "https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1")]
    [InlineData("https://canvas.example/api/lti/courses/1/line_items/5", "https://canvas.example/api/lti/courses/1/line_items/5/scores")]
    [InlineData("https://lms.example/lineitems/9/", "https://lms.example/lineitems/9/scores")]
    public void The_scores_endpoint_adds_scores_to_the_line_item_path_and_keeps_its_query(string lineItem, string expected) =>
        Assert.Equal(expected, LtiScorePayload.ScoresUrl(lineItem).ToString());
}

public sealed class LtiScoreRetriesTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(8, 128)]
    [InlineData(9, 240)]
    [InlineData(11, 240)]
    public void A_failed_post_waits_twice_as_long_each_time_but_never_more_than_four_hours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), LtiScoreRetries.DelayAfter(attempts));

    [Fact]
    public void The_schedule_gives_up_after_twelve_attempts_about_sixteen_hours_later()
    {
        var total = Enumerable.Range(1, LtiScoreRetries.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, n) => sum + LtiScoreRetries.DelayAfter(n));

        Assert.False(LtiScoreRetries.GivesUpAfter(LtiScoreRetries.MaxAttempts - 1));
        Assert.True(LtiScoreRetries.GivesUpAfter(LtiScoreRetries.MaxAttempts));
        Assert.InRange(total, TimeSpan.FromHours(16), TimeSpan.FromHours(17));
    }
}
