using CE.Platform.Web.Features.Dashboard;

namespace CE.Platform.Tests.Dashboard;

public sealed class DashboardSnapshotRuleTests
{
    private static readonly DateTime Taken = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(0, true)]
    [InlineData(299, true)]
    [InlineData(300, false)]
    [InlineData(3600, false)]
    public void A_snapshot_is_fresh_for_its_lifetime(int secondsLater, bool fresh) =>
        Assert.Equal(fresh, Snapshot(Taken).IsFresh(Taken.AddSeconds(secondsLater), Lifetime));

    [Fact]
    public void A_snapshot_from_yesterday_is_stale_even_within_its_lifetime_because_the_weeks_count_from_today()
    {
        var beforeMidnight = new DateTime(2026, 3, 10, 23, 58, 0, DateTimeKind.Utc);
        Assert.False(Snapshot(beforeMidnight).IsFresh(beforeMidnight.AddMinutes(3), Lifetime));
    }

    [Theory]
    [InlineData("00:00:09", 0, "Dashboard:SnapshotLifetime")]
    [InlineData("1.00:00:01", 0, "Dashboard:SnapshotLifetime")]
    [InlineData("00:05:00", -1, "Dashboard:LiveUpToCells")]
    public void Settings_out_of_range_are_named(string lifetime, int liveUpTo, string named) =>
        Assert.StartsWith(named, new DashboardOptions { SnapshotLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture), LiveUpToCells = liveUpTo }.Problem(), StringComparison.Ordinal);

    [Fact]
    public void The_defaults_are_usable() => Assert.Null(new DashboardOptions().Problem());

    private static DashboardSnapshot Snapshot(DateTime taken) => new() { TakenAtUtc = taken, Today = DateOnly.FromDateTime(taken) };
}
