namespace CE.Platform.Web.Features.Learning;

/// <summary>Settings <c>Learning:ProgressCacheLifetime</c> and <c>Learning:ProgressCacheEntries</c> (see <see cref="ProgressCache"/>).</summary>
public sealed class ProgressCacheOptions
{
    public const string Section = "Learning";

    /// <summary>How long an entry may be served without a notification: the bound on a lost one. Zero turns the cache off.</summary>
    public TimeSpan ProgressCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many learner × module rows per instance (well under a kilobyte each).</summary>
    public long ProgressCacheEntries { get; set; } = 100_000;

    /// <summary>Why these settings cannot be used, or null.</summary>
    public string? Problem() =>
        ProgressCacheLifetime < TimeSpan.Zero || ProgressCacheLifetime > TimeSpan.FromMinutes(5)
            ? $"Learning:ProgressCacheLifetime is {ProgressCacheLifetime}; it must be between 00:00:00 (off) and 00:05:00 (default 00:00:30)."
            : ProgressCacheEntries < 1 ? $"Learning:ProgressCacheEntries is {ProgressCacheEntries}; it must be at least 1 (default 100000)." : null;
}
