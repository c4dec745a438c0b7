using System.Text.Json;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

public sealed class AttemptJsonTests
{
    [Fact]
    public void The_fast_reader_reads_what_attempts_write()
    {
        var draw = JsonSerializer.Serialize(new List<DrawnQuestion> { new("q-2", ["c", "a", "b"]), new("q-1", ["b", "a"]) });
        var answers = new AttemptAnswers(new Dictionary<string, IReadOnlyList<string>> { ["q-2"] = ["a", "c"], ["q-1"] = [], ["q-é"] = ["b"] }).ToJson();
        var times = AnswerTimes.Record(null, new AttemptAnswers(new Dictionary<string, IReadOnlyList<string>> { ["q-2"] = ["a"] }), ["q-2"],
            DateTime.UnixEpoch, DateTime.UnixEpoch.AddSeconds(75));

        Assert.Equal(["q-2", "q-1"], AttemptJson.DrawnIds(draw));
        var read = AttemptJson.Answers(answers);
        Assert.Equal(["a", "c"], read["q-2"]);
        Assert.Empty(read["q-1"]);
        Assert.Equal(["b"], read["q-é"]);
        Assert.Equal(new Dictionary<string, int> { ["q-2"] = 75 }, AttemptJson.Times(times));
        Assert.Empty(AttemptJson.Times(null));
    }
}
