namespace CE.Platform.Web.Features.Content.Definitions;

/// <summary>How a module's assessment is drawn, timed and passed.</summary>
public sealed record QuizRules
{
    public int Draw { get; init; } = 10;
    public int PassingScore { get; init; } = 80;

    /// <summary>0 means unlimited.</summary>
    public int MaxAttempts { get; init; } = 3;

    public int WaitMinutes { get; init; }

    /// <summary>0 means untimed.</summary>
    public int TimeLimitMinutes { get; init; }

    public LatePolicy LatePolicy { get; init; } = LatePolicy.AutoSubmit;
    public int GraceMinutes { get; init; }
    public ReviewVisibility Review { get; init; } = ReviewVisibility.Standard;
}

public enum LatePolicy
{
    Grace,
    AutoSubmit,
    Abandon,
}

/// <summary>What a learner sees of a finished attempt (see <see cref="Assessments.ReviewPolicy"/>).</summary>
public enum ReviewVisibility
{
    /// <summary>Which questions were wrong while attempts remain; keys and rationales after a pass or the last attempt.</summary>
    Standard,

    /// <summary>Keys and rationales after every attempt, failed ones too: for practice quizzes, not for credit.</summary>
    Full,

    /// <summary>The score and the sections to re-read, never the questions.</summary>
    ScoreOnly,

    /// <summary>Which questions were wrong until the learner passes; keys and rationales only after a pass.</summary>
    AfterPass,
}
