using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// This instance's copy of learners' progress rows, so that viewing a section again sends no SQL. Per
/// instance, and kept honest cluster-wide: a PostgreSQL trigger notifies every change to a progress row or
/// its sections, whoever made it, and <see cref="ProgressChangeListener"/> evicts the entry. While nothing is
/// listening (start-up, a lost connection, SQLite) the cache is bypassed, and it is emptied whenever
/// listening starts or stops, because a notification sent meanwhile was lost. A lost message can only leave
/// an entry stale until <see cref="ProgressCacheOptions.ProgressCacheLifetime"/> runs out, measured on the app's clock.
/// </summary>
public sealed class ProgressCache : IDisposable
{
    public const string AllKeys = "*";
    private const int Stripes = 1024;

    // An eviction bumps its key's stripe, so a row read before a change cannot be kept after the change's
    // eviction has passed (the read is older than the notification).
    private readonly long[] generations = new long[Stripes];
    private readonly MemoryCache entries;
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;
    private long epoch;
    private volatile bool listening;

    public ProgressCache(TimeProvider clock, IOptions<ProgressCacheOptions> options)
    {
        this.clock = clock;
        lifetime = options.Value.ProgressCacheLifetime;
        entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.ProgressCacheEntries });
    }

    /// <summary>Taken before a row is read from the database, and handed back to <see cref="Keep"/> with what was read.</summary>
    public readonly record struct Ticket(string Key, long Epoch, long Generation);

    private sealed record Entry(ProgressSnapshot? Snapshot, DateTimeOffset StoredAt);

    public bool IsListening => listening;

    public static string Key(string userId, int moduleId) => $"{userId}:{moduleId}";

    public bool TryGet(string userId, int moduleId, out ProgressSnapshot? snapshot)
    {
        snapshot = null;
        if (!listening || !entries.TryGetValue(Key(userId, moduleId), out Entry? entry) || entry is null || !Fresh(entry))
        {
            return false;
        }

        snapshot = entry.Snapshot;
        return true;
    }

    public Ticket BeforeRead(string userId, int moduleId)
    {
        var key = Key(userId, moduleId);
        return new Ticket(key, Interlocked.Read(ref epoch), Interlocked.Read(ref generations[Stripe(key)]));
    }

    /// <summary>Keeps a row read after <paramref name="ticket"/> was taken, unless a change or a gap in listening came between.</summary>
    public void Keep(Ticket ticket, ProgressSnapshot? snapshot)
    {
        if (lifetime <= TimeSpan.Zero || !Unchanged(ticket))
        {
            return;
        }

        entries.Set(ticket.Key, new Entry(snapshot, clock.GetUtcNow()), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        // An eviction that ran between the check and the store would have found nothing to remove.
        if (!Unchanged(ticket))
        {
            entries.Remove(ticket.Key);
        }
    }

    /// <summary>Evicts one learner's module (<c>userId:moduleId</c>), or everything for <see cref="AllKeys"/>.</summary>
    public void Evict(string key)
    {
        if (key == AllKeys)
        {
            Restart(listening);
            return;
        }

        Interlocked.Increment(ref generations[Stripe(key)]);
        entries.Remove(key);
    }

    /// <summary>Listening started (entries may now be kept) or stopped (bypassed); either way what was kept is suspect.</summary>
    public void Restart(bool nowListening)
    {
        listening = nowListening;
        Interlocked.Increment(ref epoch);
        entries.Clear();
    }

    public void Dispose() => entries.Dispose();

    private bool Fresh(Entry entry) => clock.GetUtcNow() - entry.StoredAt is var age && age >= TimeSpan.Zero && age < lifetime;

    private bool Unchanged(Ticket ticket) => listening && Interlocked.Read(ref epoch) == ticket.Epoch
        && Interlocked.Read(ref generations[Stripe(ticket.Key)]) == ticket.Generation;

    private static int Stripe(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % Stripes);
}
