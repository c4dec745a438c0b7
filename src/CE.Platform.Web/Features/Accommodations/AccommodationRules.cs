using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Accommodations;

/// <summary>What a learner's accommodations add to a module's rules, as plain functions.</summary>
public static class AccommodationRules
{
    public static bool IsActive(Accommodation accommodation, DateOnly today) => accommodation.ValidUntil is not { } until || until >= today;

    /// <summary>Extra time on a timed assessment: the minutes granted plus the multiplier's share of the limit; untimed stays untimed.</summary>
    public static TimeSpan ExtraTime(QuizRules rules, IEnumerable<Accommodation> active) =>
        rules.TimeLimitMinutes == 0
            ? TimeSpan.Zero
            : TimeSpan.FromMinutes(active.Sum(a => a.ExtraMinutes + (double)(a.TimeMultiplier - 1m) * rules.TimeLimitMinutes));

    public static int ExtraAttempts(IEnumerable<Accommodation> active) => active.Sum(a => a.ExtraAttempts);

    /// <summary>How the learner reads it: "50% extra time (45 minutes in all), 1 extra attempt, until 31 January 2027".</summary>
    public static string Describe(QuizRules rules, IReadOnlyCollection<Accommodation> active)
    {
        var parts = new List<string>();
        var extra = ExtraTime(rules, active);
        if (extra > TimeSpan.Zero)
        {
            parts.Add($"{extra.TotalMinutes:0} extra minutes ({rules.TimeLimitMinutes + extra.TotalMinutes:0} minutes in all)");
        }

        if (ExtraAttempts(active) is var attempts and > 0)
        {
            parts.Add($"{attempts} extra attempt{(attempts == 1 ? "" : "s")}");
        }

        var until = active.Where(a => a.ValidUntil is not null).Select(a => a.ValidUntil).Min();
        return string.Join(", ", parts) + (until is { } day ? $", until {day:d MMMM yyyy}" : "");
    }
}
