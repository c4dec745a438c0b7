using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>
/// A large organisation's timeline and renewals (<see cref="DashboardHistory"/>) as they were at
/// <see cref="TakenAtUtc"/>, kept in the database so every instance serves the same one and a page view
/// reads one row instead of grouping every cycle (<see cref="DashboardSnapshots"/>).
/// </summary>
public sealed class DashboardSnapshot
{
    /// <summary>Stands for "all modules" in <see cref="ModuleKey"/>: a key column cannot be null.</summary>
    public const int AllModules = 0;

    public int OrganisationId { get; set; }
    public int ModuleKey { get; set; }

    /// <summary>The day the weeks were counted from.</summary>
    public DateOnly Today { get; set; }
    public DateTime TakenAtUtc { get; set; }

    /// <summary>When a view found it stale and queued a refresh; null when none is waiting. Stops a queue per viewer.</summary>
    public DateTime? RefreshQueuedAtUtc { get; set; }

    /// <summary>The weeks, as JSON (<see cref="DashboardHistory.ToJson"/>).</summary>
    public string Weeks { get; set; } = "";

    /// <summary>Served without a refresh: taken less than <paramref name="lifetime"/> ago, on the same day (the weeks count from today).</summary>
    public bool IsFresh(DateTime nowUtc, TimeSpan lifetime) =>
        nowUtc - TakenAtUtc < lifetime && Today == DateOnly.FromDateTime(nowUtc);
}

public sealed class DashboardSnapshotConfiguration : IEntityTypeConfiguration<DashboardSnapshot>
{
    public void Configure(EntityTypeBuilder<DashboardSnapshot> builder)
    {
        builder.HasKey(s => new { s.OrganisationId, s.ModuleKey });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
