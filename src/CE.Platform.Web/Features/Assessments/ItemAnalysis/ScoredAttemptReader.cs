using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>The stored columns of a scored attempt the analysis reads, nothing more.</summary>
public sealed record StoredAttemptRow(int ModuleId, int ModuleVersionId, int Number, decimal ScorePercent, bool Passed,
    string DrawJson, string AnswersJson, string? AnswerTimesJson);

/// <summary>
/// Turns stored attempts of one content version into item credits, choices and times, scoring each
/// item as the quiz did (<see cref="QuizScorer.ScoreQuestion"/>). A nightly run reads 100,000s of
/// attempts, so each distinct answer to a question is scored once.
/// </summary>
public sealed class ScoredAttemptReader(IReadOnlyDictionary<string, QuestionDefinition> bank)
{
    private readonly Dictionary<(string QuestionId, string Chosen), double> credits = [];

    public ScoredAttempt Read(StoredAttemptRow row)
    {
        var draw = AttemptJson.DrawnIds(row.DrawJson);
        var answers = AttemptJson.Answers(row.AnswersJson);
        var times = ItemTimes.From(AttemptJson.Times(row.AnswerTimesJson));
        var items = new List<ItemResponse>(draw.Count);
        foreach (var id in draw)
        {
            // A question the version does not know cannot be scored; the quiz could not have shown it either.
            if (bank.TryGetValue(id, out var question))
            {
                var chosen = answers.GetValueOrDefault(question.Id) ?? [];
                items.Add(new ItemResponse(question.Id, Credit(question, chosen), chosen,
                    times.TryGetValue(question.Id, out var seconds) ? seconds : null));
            }
        }

        return new ScoredAttempt(items, (double)row.ScorePercent, row.Passed, row.Number == 1);
    }

    private double Credit(QuestionDefinition question, string[] chosen)
    {
        var key = (question.Id, chosen.Length == 1 ? chosen[0] : string.Join('\u001f', chosen));
        if (!credits.TryGetValue(key, out var credit))
        {
            credits[key] = credit = (double)QuizScorer.ScoreQuestion(question, chosen).Credit;
        }

        return credit;
    }
}
