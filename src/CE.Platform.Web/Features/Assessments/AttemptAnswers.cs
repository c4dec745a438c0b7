using System.Text.Json;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>The option keys a learner chose, per question.</summary>
public sealed class AttemptAnswers
{
    private readonly Dictionary<string, IReadOnlyList<string>> chosen;

    public AttemptAnswers(IDictionary<string, IReadOnlyList<string>> chosen) =>
        this.chosen = new Dictionary<string, IReadOnlyList<string>>(chosen, StringComparer.Ordinal);

    public static AttemptAnswers Empty => new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyList<string> For(string questionId) => chosen.TryGetValue(questionId, out var keys) ? keys : [];

    public int AnsweredCount => chosen.Count(c => c.Value.Count > 0);

    public string ToJson() => JsonSerializer.Serialize(chosen);

    public static AttemptAnswers FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(json) ?? []);

    /// <summary>
    /// Only what the attempt allows: drawn questions, their own option keys, one key for
    /// single-answer questions. Anything else in a tampered post is dropped.
    /// </summary>
    public static AttemptAnswers FromForm(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> posted, IReadOnlyList<DrawnQuestion> draw, Func<string, bool> allowsMany)
    {
        var allowed = draw.ToDictionary(d => d.QuestionId, d => d.OptionOrder.ToHashSet(StringComparer.Ordinal));
        var answers = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (questionId, keys) in posted)
        {
            if (!allowed.TryGetValue(questionId, out var options))
            {
                continue;
            }

            var valid = keys.Where(options.Contains).Distinct().ToList();
            answers[questionId] = allowsMany(questionId) ? valid : valid.Take(1).ToList();
        }

        return new AttemptAnswers(answers);
    }
}
