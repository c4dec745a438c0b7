using System.Text.Json;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Benchmarks;

/// <summary>
/// Answers and first-answer times for a seeded attempt, so item analysis has real work: each item
/// is answered right with a chance set by the attempt's result and the item's own difficulty,
/// otherwise a distractor is chosen, and now and then it is left blank; answers come 15–90 s apart.
/// </summary>
internal static class SimulatedAnswers
{
    public static (string AnswersJson, string TimesJson) For(IReadOnlyList<DrawnQuestion> draw, IReadOnlyDictionary<string, QuestionDefinition> bank, bool passed, Random random)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>();
        var times = new Dictionary<string, int>();
        var second = 0;
        foreach (var drawn in draw)
        {
            var question = bank[drawn.QuestionId];
            if (random.NextDouble() < 0.03)
            {
                continue;
            }

            // A stable per-item difficulty between −0.2 and +0.2 (string hashes change per process, so not GetHashCode).
            var difficulty = (question.Id.Sum(c => c) % 5 - 2) / 10.0;
            var right = random.NextDouble() < Math.Clamp((passed ? 0.9 : 0.6) - difficulty, 0.05, 0.98);
            var distractors = question.Options.Select(o => o.Key).Where(k => !question.Answer.Contains(k)).ToList();
            answers[question.Id] = right || distractors.Count == 0 ? question.Answer : [distractors[random.Next(distractors.Count)]];
            second += random.Next(15, 91);
            times[question.Id] = second;
        }

        return (JsonSerializer.Serialize(answers), JsonSerializer.Serialize(times));
    }
}
