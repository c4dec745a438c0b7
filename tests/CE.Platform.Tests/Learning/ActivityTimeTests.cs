using CE.Platform.Web.Features.Learning;

namespace CE.Platform.Tests.Learning;

public sealed class ActivityTimeTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_gap_between_page_views_counts_as_time_on_task() =>
        Assert.Equal(100 + 240, ActivityTime.Add(100, Start, Start.AddMinutes(4), TimeSpan.FromMinutes(10)));

    [Fact]
    public void A_long_idle_gap_counts_only_up_to_the_cap() =>
        Assert.Equal(600, ActivityTime.Add(0, Start, Start.AddHours(9), TimeSpan.FromMinutes(10)));

    [Fact]
    public void A_view_stamped_before_the_last_one_adds_nothing() =>
        Assert.Equal(50, ActivityTime.Add(50, Start, Start.AddSeconds(-30), TimeSpan.FromMinutes(10)));
}
