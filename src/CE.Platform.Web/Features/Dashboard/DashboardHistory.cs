using System.Text.Json;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Dashboard;

/// <summary>
/// The two charts that count cycles over time, completion against due dates and renewals coming due, as of
/// <see cref="Today"/>. Working them out groups every cycle of the organisation, so its cost grows with the
/// organisation; <see cref="AsOfUtc"/> is null when they were worked out for this request.
/// </summary>
public sealed record DashboardHistory(DateOnly Today, IReadOnlyList<TimelinePoint> Timeline, IReadOnlyList<RenewalWeek> Renewals, DateTime? AsOfUtc)
{
    public const int WeeksBack = 26;
    public const int WeeksAhead = 8;
    public const int RenewalDays = 90;

    /// <summary>
    /// Groups the organisation's cycles (of one module, or all) by due date and by completion day. Only current
    /// members' cycles count (as in the matrix: pending, declined and former members are not in <c>Memberships</c>),
    /// and cycles are only ever completed by completions the organisation may see.
    /// </summary>
    public static async Task<DashboardHistory> WorkOutAsync(AppDbContext db, int organisationId, int? moduleId, DateOnly today, CancellationToken cancellationToken)
    {
        var cycles = db.LearnerAssignments.Where(l => l.OrganisationId == organisationId
            && db.Memberships.Any(m => m.OrganisationId == organisationId && m.UserId == l.UserId));
        if (moduleId is { } id)
        {
            cycles = cycles.Where(l => l.ModuleId == id);
        }

        var due = await cycles.GroupBy(l => l.DueDate).Select(g => new DayCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var completed = (await cycles.Where(l => l.CompletedAtUtc != null).GroupBy(l => l.CompletedAtUtc!.Value.Date)
                .Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(c => new DayCount(DateOnly.FromDateTime(c.Day), c.Count)).ToList();
        var last = today.AddDays(RenewalDays - 1);
        var renewals = await cycles.Where(l => l.DueDate >= today && l.DueDate <= last)
            .GroupBy(l => new { l.DueDate, Done = l.CompletedAtUtc != null })
            .Select(g => new RenewalCount(g.Key.DueDate, g.Key.Done, g.Count())).ToListAsync(cancellationToken);
        return new DashboardHistory(today,
            DashboardBuckets.Timeline(due, completed, today, WeeksBack, WeeksAhead),
            DashboardBuckets.Renewals(renewals, today, RenewalDays),
            null);
    }

    public string ToJson() => JsonSerializer.Serialize(new StoredWeeks(Timeline, Renewals));

    /// <summary>The history a snapshot kept, as of when it was taken.</summary>
    public static DashboardHistory Of(DashboardSnapshot snapshot)
    {
        var weeks = JsonSerializer.Deserialize<StoredWeeks>(snapshot.Weeks) ?? throw new InvalidOperationException($"Dashboard snapshot {snapshot.OrganisationId}/{snapshot.ModuleKey} holds no weeks.");
        return new DashboardHistory(snapshot.Today, weeks.Timeline, weeks.Renewals, snapshot.TakenAtUtc);
    }

    private sealed record StoredWeeks(IReadOnlyList<TimelinePoint> Timeline, IReadOnlyList<RenewalWeek> Renewals);
}

public sealed record DayCount(DateOnly Day, int Count);

public sealed record RenewalCount(DateOnly DueDate, bool Completed, int Count);
