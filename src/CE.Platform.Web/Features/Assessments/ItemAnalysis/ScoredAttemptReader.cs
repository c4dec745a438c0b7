using System.Text.Json;
using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>The stored columns of a scored attempt the analysis reads, nothing more.</summary>
public sealed record StoredAttemptRow(int ModuleId, int ModuleVersionId, int Number, decimal ScorePercent, bool Passed,
    string DrawJson, string AnswersJson, string? AnswerTimesJson);

/// <summary>Turns a stored attempt into item credits, choices and times, scoring each item as the quiz did.</summary>
public static class ScoredAttemptReader
{
    public static ScoredAttempt Read(StoredAttemptRow row, IReadOnlyDictionary<string, QuestionDefinition> bank)
    {
        var draw = JsonSerializer.Deserialize<List<DrawnQuestion>>(row.DrawJson) ?? [];
        var answers = AttemptAnswers.FromJson(row.AnswersJson);
        var times = ItemTimes.From(AnswerTimes.FromJson(row.AnswerTimesJson));
        var items = new List<ItemResponse>(draw.Count);
        foreach (var drawn in draw)
        {
            // A question the version does not know cannot be scored; the quiz could not have shown it either.
            if (bank.TryGetValue(drawn.QuestionId, out var question))
            {
                var chosen = answers.For(question.Id);
                items.Add(new ItemResponse(question.Id, (double)QuizScorer.ScoreQuestion(question, chosen).Credit, chosen,
                    times.TryGetValue(question.Id, out var seconds) ? seconds : null));
            }
        }

        return new ScoredAttempt(items, (double)row.ScorePercent, row.Passed, row.Number == 1);
    }
}
