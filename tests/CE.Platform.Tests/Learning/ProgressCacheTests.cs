using CE.Platform.Testing;
using CE.Platform.Web.Features.Learning;
using Microsoft.Extensions.Options;

namespace CE.Platform.Tests.Learning;

/// <summary>The rules that keep the per-instance progress cache from ever serving what a notification said had changed.</summary>
public sealed class ProgressCacheTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly FixedClock clock = new(Start);
    private readonly ProgressCache cache;
    private readonly ProgressSnapshot row = new(7, 3, Start.UtcDateTime, 60, null, ["intro"]);

    public ProgressCacheTests()
    {
        cache = new ProgressCache(clock, Options.Create(new ProgressCacheOptions { ProgressCacheLifetime = TimeSpan.FromSeconds(30) }));
        cache.Restart(nowListening: true);
    }

    public void Dispose() => cache.Dispose();

    [Fact]
    public void A_kept_row_is_served_until_its_lifetime_runs_out_on_the_app_clock()
    {
        cache.Keep(cache.BeforeRead("u1", 3), row);

        clock.Now = Start.AddSeconds(29.9);
        Assert.True(cache.TryGet("u1", 3, out var kept));
        Assert.Same(row, kept);
        Assert.False(cache.TryGet("u1", 4, out _));
        Assert.False(cache.TryGet("u2", 3, out _));

        clock.Now = Start.AddSeconds(30);
        Assert.False(cache.TryGet("u1", 3, out _));
    }

    [Fact]
    public void A_learner_without_progress_is_kept_as_such()
    {
        cache.Keep(cache.BeforeRead("u1", 3), null);

        Assert.True(cache.TryGet("u1", 3, out var kept));
        Assert.Null(kept);
    }

    [Fact]
    public void A_notification_evicts_only_the_learner_and_module_it_names()
    {
        cache.Keep(cache.BeforeRead("u1", 3), row);
        cache.Keep(cache.BeforeRead("u1", 4), row);

        cache.Evict(ProgressCache.Key("u1", 3));

        Assert.False(cache.TryGet("u1", 3, out _));
        Assert.True(cache.TryGet("u1", 4, out _));
    }

    [Fact]
    public void A_row_read_before_a_change_is_not_kept_once_the_change_has_been_notified()
    {
        var ticket = cache.BeforeRead("u1", 3);
        cache.Evict(ProgressCache.Key("u1", 3)); // the change commits while the old row is on its way back

        cache.Keep(ticket, row);

        Assert.False(cache.TryGet("u1", 3, out _));
        cache.Keep(cache.BeforeRead("u1", 3), row);
        Assert.True(cache.TryGet("u1", 3, out _));
    }

    [Fact]
    public void Nothing_is_served_or_kept_while_not_listening_and_listening_again_starts_empty()
    {
        cache.Keep(cache.BeforeRead("u1", 3), row);
        var ticket = cache.BeforeRead("u2", 3);

        cache.Restart(nowListening: false);
        Assert.False(cache.TryGet("u1", 3, out _));
        cache.Keep(cache.BeforeRead("u1", 3), row);
        Assert.False(cache.TryGet("u1", 3, out _));

        // Notifications sent while the connection was down are lost: nothing read before it came back is kept.
        cache.Restart(nowListening: true);
        cache.Keep(ticket, row);
        Assert.False(cache.TryGet("u1", 3, out _));
        Assert.False(cache.TryGet("u2", 3, out _));
    }

    [Fact]
    public void A_truncate_notification_evicts_everything()
    {
        cache.Keep(cache.BeforeRead("u1", 3), row);
        cache.Keep(cache.BeforeRead("u2", 4), row);

        cache.Evict(ProgressCache.AllKeys);

        Assert.False(cache.TryGet("u1", 3, out _));
        Assert.False(cache.TryGet("u2", 4, out _));
        Assert.True(cache.IsListening);
    }

    [Fact]
    public void A_lifetime_of_zero_turns_the_cache_off()
    {
        using var off = new ProgressCache(clock, Options.Create(new ProgressCacheOptions { ProgressCacheLifetime = TimeSpan.Zero }));
        off.Restart(nowListening: true);

        off.Keep(off.BeforeRead("u1", 3), row);

        Assert.False(off.TryGet("u1", 3, out _));
    }

    [Theory]
    [InlineData("-00:00:01", 10, "Learning:ProgressCacheLifetime")]
    [InlineData("00:05:01", 10, "Learning:ProgressCacheLifetime")]
    [InlineData("00:00:30", 0, "Learning:ProgressCacheEntries")]
    public void Settings_out_of_range_are_named(string lifetime, long entries, string setting)
    {
        var problem = new ProgressCacheOptions { ProgressCacheLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture), ProgressCacheEntries = entries }.Problem();

        Assert.NotNull(problem);
        Assert.StartsWith(setting, problem, StringComparison.Ordinal);
        Assert.Null(new ProgressCacheOptions().Problem());
    }
}
