using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Quality.Guessing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>How often one strategy passed a module's simulated attempts.</summary>
public sealed record StrategyPassShare(string Strategy, int Passed, int Attempts)
{
    public double Share => (double)Passed / Attempts;

    /// <summary>One-sided 95% upper confidence bound of <see cref="Share"/>.</summary>
    public double UpperBound => PassShareBound.Upper(Passed, Attempts);

    public bool AtOrAboveTarget => Share >= GuessingAudit.Target;
}

public sealed record ModuleGuessingAudit(string ModuleId, IReadOnlyList<StrategyPassShare> Strategies);

/// <summary>
/// Measures how often someone who has not read a module passes its quiz by a test-wise strategy alone:
/// attempts are drawn by the app's own <see cref="QuestionDraw"/> with the module's draw count, answered
/// by the strategy and scored by <see cref="QuizScorer"/> against the module's passing score.
/// </summary>
public static class GuessingAudit
{
    /// <summary>No strategy should pass this share of attempts or more.</summary>
    public const double Target = 0.05;

    public const int DefaultAttempts = 20_000;

    public const int DefaultSeed = 20_260_101;

    public static ModuleGuessingAudit Run(ModuleDefinition module, int attempts = DefaultAttempts, int seed = DefaultSeed) =>
        new(module.Id, Simulate(module.Questions, module.Quiz, GuessingStrategies.For(module.Questions), attempts, seed));

    public static StrategyPassShare Simulate(IReadOnlyList<QuestionDefinition> bank, QuizRules rules, IGuessingStrategy strategy, int attempts, int seed) =>
        Simulate(bank, rules, [strategy], attempts, seed)[0];

    /// <summary>
    /// Every strategy answers the same drawn attempts (one draw stream for the seed), so strategies are
    /// compared on identical quizzes. Each breaks its ties from its own stream, seeded from the seed and its
    /// name, so a strategy's numbers do not depend on which others run beside it, and a rerun repeats them.
    /// </summary>
    public static IReadOnlyList<StrategyPassShare> Simulate(IReadOnlyList<QuestionDefinition> bank, QuizRules rules, IReadOnlyList<IGuessingStrategy> strategies, int attempts, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);
        var questions = bank.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var seen = bank.ToDictionary(q => q.Id, SeenQuestion.From, StringComparer.Ordinal);
        var draws = new Random(seed);
        var choices = strategies.Select(s => new Random(seed ^ StableHash(s.Name))).ToList();
        var passed = new int[strategies.Count];
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var drawn = QuestionDraw.Draw(bank, rules.Draw, draws);
            var scored = drawn.Select(d => questions[d.QuestionId]).ToList();
            for (var s = 0; s < strategies.Count; s++)
            {
                var (strategy, random) = (strategies[s], choices[s]);
                var answers = new AttemptAnswers(drawn.ToDictionary(d => d.QuestionId, d => strategy.Answer(seen[d.QuestionId], random)));
                passed[s] += QuizScorer.Score(scored, answers, rules.PassingScore).Passed ? 1 : 0;
            }
        }

        return strategies.Select((s, i) => new StrategyPassShare(s.Name, passed[i], attempts)).ToList();
    }

    /// <summary>FNV-1a: string.GetHashCode changes from run to run, and the streams must not.</summary>
    private static int StableHash(string text) =>
        text.Aggregate(unchecked((int)2166136261), (hash, c) => unchecked((hash ^ c) * 16777619));
}
