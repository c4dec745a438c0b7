using CE.Platform.Web.Features.Accounts.Sessions;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

public sealed class EndedSessionsTests
{
    private static readonly TimeSpan Longest = TimeSpan.FromHours(12);
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Fact]
    public void Before_the_first_read_nothing_is_known_so_the_caller_asks_the_database()
    {
        var ended = new EndedSessions(clock);
        ended.Record("a", Now);

        Assert.Null(ended.EndedSince("a", Now.AddHours(-1)));
    }

    [Fact]
    public void A_session_signed_in_before_the_ending_has_ended_and_one_signed_in_after_it_has_not()
    {
        var ended = new EndedSessions(clock);
        ended.Observe([("a", Now)], Longest);

        Assert.True(ended.EndedSince("a", Now.AddMinutes(-5)));
        Assert.False(ended.EndedSince("a", Now.AddMinutes(5)));
        Assert.False(ended.EndedSince("b", Now.AddMinutes(-5)));
    }

    [Fact]
    public void A_read_begun_before_a_local_ending_does_not_undo_it()
    {
        var ended = new EndedSessions(clock);
        ended.Observe([], Longest);
        ended.Record("a", Now);

        ended.Observe([("a", Now.AddHours(-2))], Longest);

        Assert.True(ended.EndedSince("a", Now.AddMinutes(-1)));
    }

    [Fact]
    public void Endings_older_than_the_longest_session_are_forgotten()
    {
        var ended = new EndedSessions(clock);
        ended.Observe([("a", Now)], Longest);

        clock.Now += Longest + TimeSpan.FromMinutes(1);
        ended.Observe([], Longest);

        Assert.False(ended.EndedSince("a", Now.AddHours(-13)));
    }
}
