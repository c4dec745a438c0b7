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
    public ReviewVisibility Review { get; init; } = ReviewVisibility.Full;
}

public enum LatePolicy
{
    Grace,
    AutoSubmit,
    Abandon,
}

public enum ReviewVisibility
{
    Full,
    ScoreOnly,
    AfterPass,
}
