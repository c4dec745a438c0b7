using System.Collections.Concurrent;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>
/// Accounts whose sessions were ended (SCIM deactivation) within the longest a session can live, held in
/// memory so the sign-in cookie's check on every request costs no query. <see cref="EndedSessionsWatcher"/>
/// merges the database's list in once a second, so an ending made on another instance applies here within
/// that interval; the instance that ends a session records it at once. Until the first read has finished
/// nobody is known, and the cookie check asks the database itself.
/// </summary>
public sealed class EndedSessions(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTime> endedAtUtc = new(StringComparer.Ordinal);
    private volatile bool loaded;

    /// <summary>Whether sessions signed in at <paramref name="signedInAtUtc"/> have been ended since; null before the first read.</summary>
    public bool? EndedSince(string userId, DateTime signedInAtUtc) =>
        loaded ? endedAtUtc.TryGetValue(userId, out var at) && at >= signedInAtUtc : null;

    public void Record(string userId, DateTime endedAt) => endedAtUtc.AddOrUpdate(userId, endedAt, (_, known) => known > endedAt ? known : endedAt);

    /// <summary>Merges a read of the database (merging, not replacing, so a read begun before a local ending cannot undo it) and forgets endings no live session can predate.</summary>
    public void Observe(IEnumerable<(string UserId, DateTime EndedAtUtc)> read, TimeSpan longestSession)
    {
        foreach (var (userId, at) in read)
        {
            Record(userId, at);
        }

        var forgetBefore = clock.GetUtcNow().UtcDateTime - longestSession;
        foreach (var old in endedAtUtc.Where(e => e.Value < forgetBefore))
        {
            endedAtUtc.TryRemove(old);
        }

        loaded = true;
    }
}
