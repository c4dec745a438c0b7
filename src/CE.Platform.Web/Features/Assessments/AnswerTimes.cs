using System.Text.Json;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// When each question of an attempt was first answered, in whole seconds from the start. Only the
/// first answer counts: changing or clearing an answer later keeps the time, so the record says
/// when the learner reached the item, not how long they hesitated over it.
/// </summary>
public static class AnswerTimes
{
    public static IReadOnlyDictionary<string, int> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, int>() : JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];

    /// <summary>The attempt's times with every newly answered question stamped at <paramref name="nowUtc"/>.</summary>
    public static string Record(string? json, AttemptAnswers answers, IEnumerable<string> drawnIds, DateTime startedUtc, DateTime nowUtc)
    {
        var times = new Dictionary<string, int>(FromJson(json), StringComparer.Ordinal);
        // A clock step back or a save within the first second still gives a time, never a negative one.
        var second = (int)Math.Max(0, Math.Floor((nowUtc - startedUtc).TotalSeconds));
        foreach (var id in drawnIds.Where(id => answers.For(id).Count > 0))
        {
            times.TryAdd(id, second);
        }

        return JsonSerializer.Serialize(times);
    }
}
