using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>An option as the learner sees it while answering: no sign of which is correct.</summary>
public sealed record OptionView(string Value, string Label, string Text, bool Chosen);

public sealed record QuestionView(int Number, QuestionType Type, string StemHtml, IReadOnlyList<OptionView> Options);

/// <summary>
/// A running attempt, built only from what the learner may see before submitting. <paramref name="ServedAtUtc"/> is the
/// server's clock when the page was made: the page's countdown runs from it, so a wrong clock on the learner's device changes nothing.
/// </summary>
public sealed record TakeAttemptView(int AttemptId, string ModuleSlug, string ModuleTitle, int AttemptNumber, DateTime? DeadlineUtc,
    DateTime? ClosesAtUtc, int PassingScore, IReadOnlyList<QuestionView> Questions, DateTime ServedAtUtc, LatePolicy LatePolicy)
{
    public int AnsweredCount => Questions.Count(q => q.Options.Any(o => o.Chosen));

    /// <summary>What the page says when time runs out: the server, not the page, closes the attempt.</summary>
    public string TimeUpMessage => LatePolicy == LatePolicy.Abandon
        ? "Time is up. The server closes this attempt without a score. Reload the page to see what you can do next."
        : "Time is up. The server closes this attempt and scores the answers it has saved. Reload the page to see your result.";
}

public sealed record ReviewedOption(string Label, string Text, bool Chosen, bool Correct);

public sealed record ReviewedQuestion(int Number, string StemHtml, QuestionType Type, IReadOnlyList<ReviewedOption> Options,
    bool FullyCorrect, decimal Credit, string? Rationale, string SectionAnchor, string SectionTitle);

public sealed record RemediationItem(string Anchor, string Title, int Missed);

public sealed record AttemptResultView(int AttemptId, string ModuleSlug, string ModuleTitle, int AttemptNumber, AttemptStatus Status,
    decimal? ScorePercent, bool Passed, int PassingScore, string? Note, ReviewDepth Depth, IReadOnlyList<ReviewedQuestion> Review,
    IReadOnlyList<RemediationItem> Remediation, bool Completed, string? RetryRefusal);
