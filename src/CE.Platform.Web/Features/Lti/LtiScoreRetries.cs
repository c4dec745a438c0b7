namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// When a refused or failed score post is tried again: after 1, 2, 4 … minutes, at most 4 hours apart, for
/// 12 attempts (about 16 hours); then it stays Failed on the admins' page until someone retries it.
/// </summary>
public static class LtiScoreRetries
{
    public const int MaxAttempts = 12;

    public static TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromHours(4).TotalMinutes));

    public static bool GivesUpAfter(int attempts) => attempts >= MaxAttempts;
}
