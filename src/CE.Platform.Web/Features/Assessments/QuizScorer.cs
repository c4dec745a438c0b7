using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments;

public sealed record QuestionScore(string QuestionId, decimal Credit, bool FullyCorrect);

public sealed record QuizScore(IReadOnlyList<QuestionScore> Questions, decimal Percent, bool Passed);

/// <summary>Scores an attempt. All on the server; nothing the client sends but its choices counts.</summary>
public static class QuizScorer
{
    public static QuizScore Score(IReadOnlyList<QuestionDefinition> drawn, AttemptAnswers answers, int passingPercent)
    {
        var scores = drawn.Select(q => ScoreQuestion(q, answers.For(q.Id))).ToList();
        // Thirds of partial credit are not exact in decimal (3 × 1/3 = 0.999…); rounding far below
        // any real score difference makes exactly 80% compare as 80%.
        var percent = scores.Count == 0 ? 0m : Math.Round(100m * scores.Sum(s => s.Credit) / scores.Count, 12);
        // Compared unrounded otherwise: 79.99% does not pass an 80% mark. Stored truncated, never rounded up.
        return new QuizScore(scores, Math.Round(percent, 2, MidpointRounding.ToZero), percent >= passingPercent);
    }

    public static QuestionScore ScoreQuestion(QuestionDefinition question, IReadOnlyList<string> chosen)
    {
        var correct = question.Answer.ToHashSet(StringComparer.Ordinal);
        var picked = chosen.ToHashSet(StringComparer.Ordinal);
        var exact = picked.SetEquals(correct);
        if (exact || question.Type != QuestionType.Multiple || question.Scoring != MultipleScoring.Partial)
        {
            return new QuestionScore(question.Id, exact ? 1m : 0m, exact);
        }

        // Partial credit: each right choice earns a share, each wrong choice takes one away, never below zero.
        var right = picked.Count(correct.Contains);
        var wrong = picked.Count - right;
        return new QuestionScore(question.Id, Math.Max(0m, (decimal)(right - wrong) / correct.Count), false);
    }
}
