using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>
/// How a test-wise learner acts on a cue that scores each option. One answer: an option with the
/// best score (ties at random). Several answers: the options scoring above the item's median, since
/// a cue says which options stand out, not how many are keyed. A cue that scores every option
/// alike tells nothing, and the learner guesses.
/// </summary>
public static class Guess
{
    public static IReadOnlyList<string> ByCue(SeenQuestion question, Func<SeenOption, double> cue, Random random)
    {
        var scored = question.Options.Select(o => (o.Key, Score: cue(o))).ToList();
        if (question.Type == QuestionType.Multiple)
        {
            var median = Median(scored.Select(s => s.Score));
            var ticked = scored.Where(s => s.Score > median).Select(s => s.Key).ToList();
            return ticked.Count > 0 ? ticked : EachHalf(question.Keys, random);
        }

        var best = scored.Max(s => s.Score);
        return [OneOf(scored.Where(s => s.Score == best).Select(s => s.Key).ToList(), random)];
    }

    /// <summary>A blind answer: one option at random, or each option of a multiple-response item ticked with probability ½.</summary>
    public static IReadOnlyList<string> Blind(SeenQuestion question, Random random) =>
        question.Type == QuestionType.Multiple ? EachHalf(question.Keys, random) : [OneOf(question.Keys, random)];

    public static string OneOf(IReadOnlyList<string> keys, Random random) => keys[random.Next(keys.Count)];

    public static IReadOnlyList<string> EachHalf(IReadOnlyList<string> keys, Random random) =>
        keys.Where(_ => random.Next(2) == 0).ToList();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
