using CE.Platform.Web.Features.Learning;

namespace CE.Platform.Tests.Learning;

public sealed class ReadingThrottleTests
{
    private static readonly DateTime Last = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Reopening_a_recorded_section_within_half_a_minute_writes_nothing() =>
        Assert.True(ReadingThrottle.CanSkipWrite(sectionAlreadyRead: true, Last, Last.AddSeconds(29)));

    [Fact]
    public void Reopening_a_recorded_section_after_half_a_minute_is_written_so_the_time_counts() =>
        Assert.False(ReadingThrottle.CanSkipWrite(sectionAlreadyRead: true, Last, Last.AddSeconds(30)));

    [Fact]
    public void A_section_opened_for_the_first_time_is_always_written() =>
        Assert.False(ReadingThrottle.CanSkipWrite(sectionAlreadyRead: false, Last, Last.AddSeconds(1)));
}
