using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

public sealed class ItemTimesTests
{
    [Fact]
    public void Each_item_takes_the_time_since_the_item_answered_before_it_and_the_first_since_the_start()
    {
        var times = ItemTimes.From(new Dictionary<string, int> { ["q3"] = 95, ["q1"] = 20, ["q2"] = 50 });

        Assert.Equal(20, times["q1"]);
        Assert.Equal(30, times["q2"]);
        Assert.Equal(45, times["q3"]);
    }

    [Fact]
    public void Items_first_answered_in_the_same_save_share_its_gap()
    {
        var times = ItemTimes.From(new Dictionary<string, int> { ["a"] = 40, ["b"] = 40 });

        Assert.Equal([40.0, 0.0], new[] { times["a"], times["b"] });
    }

    [Fact]
    public void A_save_stamps_newly_answered_questions_and_keeps_earlier_first_answers()
    {
        var start = new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
        var answers = new AttemptAnswers(new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["b"], ["q2"] = ["a"], ["q3"] = [] });

        var json = AnswerTimes.Record("{\"q1\":12}", answers, ["q1", "q2", "q3", "q4"], start, start.AddSeconds(61.7));
        var times = AnswerTimes.FromJson(json);

        // q1 keeps its first answer; q2 is new at 61 s; q3 was cleared (no choice) and q4 not answered: no time.
        Assert.Equal(new Dictionary<string, int> { ["q1"] = 12, ["q2"] = 61 }, times);
    }

    [Fact]
    public void Attempts_from_before_times_were_recorded_have_none() => Assert.Empty(AnswerTimes.FromJson(null));
}
