namespace CE.Platform.Web.Features.Dashboard;

/// <summary>Settings <c>Dashboard:SnapshotLifetime</c> and <c>Dashboard:LiveUpToCells</c> (see <see cref="DashboardSnapshots"/>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>How long a large organisation's timeline and renewals are served before a view queues a fresh count.</summary>
    public TimeSpan SnapshotLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Organisations with at most this many compliance cells (learner × module) are counted for every view:
    /// counting costs about 6 ms of CPU per view per 1,000 cells (24 ms measured at 4,000), so a coordinator of a small one sees their own change at once.
    /// </summary>
    public int LiveUpToCells { get; set; } = 1_000;

    /// <summary>Why these settings cannot be used, or null.</summary>
    public string? Problem() =>
        SnapshotLifetime < TimeSpan.FromSeconds(10) || SnapshotLifetime > TimeSpan.FromHours(24)
            ? $"Dashboard:SnapshotLifetime is {SnapshotLifetime}; it must be between 00:00:10 and 1.00:00:00 (default 00:05:00)."
            : LiveUpToCells < 0 ? $"Dashboard:LiveUpToCells is {LiveUpToCells}; it must be 0 or more (default 1000)." : null;
}
