namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>How long a session lasts (section "Security"): ended after a quiet spell, and in any case after a working day.</summary>
public sealed class SessionLimits
{
    /// <summary>Minutes without a request after which the session ends (sliding: each request renews it).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Hours after signing in when the session ends however active it was.</summary>
    public int AbsoluteTimeoutHours { get; set; } = 12;
}
