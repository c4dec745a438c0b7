using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>How much of a finished attempt the learner is shown.</summary>
public enum ReviewDepth
{
    /// <summary>The score and the sections to re-read.</summary>
    ScoreOnly,

    /// <summary>Each question, marked right or wrong, with the section that teaches it: no options, key or rationale.</summary>
    WhichWereWrong,

    /// <summary>Every option, the learner's choice, the key and the rationale.</summary>
    Full,
}

/// <summary>
/// The review a module's <c>review:</c> setting allows. Keys are what a learner could carry into the
/// next attempt (each draws from the same bank), so while attempts remain a failed attempt shows only
/// which questions were wrong and what to re-read; the keys come once they can no longer help pass.
/// </summary>
public static class ReviewPolicy
{
    /// <param name="passed">The learner passed this attempt, or another in the same cycle (claimed or not).</param>
    /// <param name="attemptsRemain">The learner may still start another attempt in this cycle (waiting times aside).</param>
    public static ReviewDepth For(ReviewVisibility setting, bool passed, bool attemptsRemain) => setting switch
    {
        ReviewVisibility.Full => ReviewDepth.Full,
        ReviewVisibility.ScoreOnly => ReviewDepth.ScoreOnly,
        ReviewVisibility.AfterPass => passed ? ReviewDepth.Full : ReviewDepth.WhichWereWrong,
        _ => passed || !attemptsRemain ? ReviewDepth.Full : ReviewDepth.WhichWereWrong,
    };
}
