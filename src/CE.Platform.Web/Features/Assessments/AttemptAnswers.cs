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
    /// Only what the attempt allows: fields named by a drawn question's number, holding ids of that
    /// question's own options. Ids of another question or attempt and made-up ones are dropped; a
    /// single-answer question sent more than one option counts as unanswered (a browser sends one).
    /// </summary>
    public static AttemptAnswers FromForm(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> posted, IReadOnlyList<DrawnQuestion> draw, Func<string, bool> allowsMany)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (field, values) in posted)
        {
            if (!int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || number < 1 || number > draw.Count)
            {
                continue;
            }

            var question = draw[number - 1];
            var keys = values.Select(question.KeyFor).OfType<string>().Distinct().ToList();
            answers[question.QuestionId] = allowsMany(question.QuestionId) || keys.Count <= 1 ? keys : [];
        }

        return new AttemptAnswers(answers);
    }
}
