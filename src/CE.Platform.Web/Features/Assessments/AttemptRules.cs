using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// What a learner has done in one module's assessment since their last completion of it (a renewal
/// starts afresh): attempts used, when the last one finished, whether one passed but is not yet
/// claimed; and, when they have completed the module, whether a renewal is open now.
/// </summary>
public sealed record AttemptHistory(int AttemptsUsed, DateTime? LastFinishedUtc, bool HasPassed, DateTime? CompletedAtUtc = null, bool RenewalOpen = false);

/// <summary>What happens to an answer save or submission, given the deadline and the late policy.</summary>
public enum LateOutcome
{
    /// <summary>On time (or within the grace period): the posted answers count.</summary>
    Accept,

    /// <summary>Too late: the attempt is closed and scored on the answers saved before the deadline.</summary>
    CloseWithSavedAnswers,

    /// <summary>Too late: the attempt is closed without a score.</summary>
    Abandon,
}

/// <summary>The assessment rules of a module, as plain functions of the clock and the history.</summary>
public static class AttemptRules
{
    /// <summary>Null when a new attempt may start; otherwise the reason, for the learner.</summary>
    public static string? RefusalToStart(QuizRules rules, AttemptHistory history, DateTime nowUtc, int extraAttempts = 0)
    {
        if (history.HasPassed)
        {
            return "You have already passed this assessment. Claim your credit to complete the module.";
        }

        if (history.CompletedAtUtc is { } completed && !history.RenewalOpen)
        {
            return $"You completed this module on {completed:d MMMM yyyy}. It opens again for you when a renewal your organisation assigned is due.";
        }

        var allowed = AttemptsAllowed(rules, extraAttempts);
        if (!AttemptsRemain(rules, history, extraAttempts))
        {
            return $"You have used all {allowed} attempts at this assessment. Your education coordinator can review your record.";
        }

        if (rules.WaitMinutes > 0 && history.LastFinishedUtc is { } last && nowUtc < last.AddMinutes(rules.WaitMinutes))
        {
            return $"You can start another attempt after {last.AddMinutes(rules.WaitMinutes):yyyy-MM-dd HH:mm} UTC. Use the time to re-read the sections you missed.";
        }

        return null;
    }

    public static int AttemptsAllowed(QuizRules rules, int extraAttempts) =>
        rules.MaxAttempts == 0 ? int.MaxValue : rules.MaxAttempts + extraAttempts;

    /// <summary>Whether this cycle has an attempt left to start (a waiting time aside).</summary>
    public static bool AttemptsRemain(QuizRules rules, AttemptHistory history, int extraAttempts) =>
        history.AttemptsUsed < AttemptsAllowed(rules, extraAttempts);

    public static DateTime? Deadline(QuizRules rules, DateTime startedUtc, TimeSpan extraTime) =>
        rules.TimeLimitMinutes == 0 ? null : startedUtc.AddMinutes(rules.TimeLimitMinutes) + extraTime;

    /// <summary>The moment after which nothing the learner sends is accepted.</summary>
    public static DateTime? ClosesAt(QuizRules rules, DateTime? deadlineUtc) =>
        deadlineUtc is { } deadline && rules.LatePolicy == LatePolicy.Grace ? deadline.AddMinutes(rules.GraceMinutes) : deadlineUtc;

    public static LateOutcome OnAction(QuizRules rules, DateTime? deadlineUtc, DateTime nowUtc)
    {
        if (ClosesAt(rules, deadlineUtc) is not { } closes || nowUtc <= closes)
        {
            return LateOutcome.Accept;
        }

        return rules.LatePolicy == LatePolicy.Abandon ? LateOutcome.Abandon : LateOutcome.CloseWithSavedAnswers;
    }
}
