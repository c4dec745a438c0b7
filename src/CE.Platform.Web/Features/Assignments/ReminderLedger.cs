using System.Collections.Concurrent;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>A message to send once under its ledger key (e.g. "la:42:due-14").</summary>
public sealed record LedgerItem(string Key, Func<Task> Send);

/// <summary>
/// Claims reminder keys before sending and marks them sent after, so each is sent once across
/// reruns and parallel workers. Keys are claimed a batch at a time and marked sent every
/// <see cref="MarkEvery"/> messages, which keeps a 30,000-message run to a few hundred round trips;
/// the price is that a worker killed mid-group can resend at most that many messages when its stale
/// claims are taken over.
/// </summary>
public sealed class ReminderLedger(AppDbContext db, TimeProvider clock)
{
    public const int ClaimBatch = 500;
    public const int MarkEvery = 50;
    public const int Parallelism = 8;
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Sends every item not sent or being sent elsewhere, <see cref="Parallelism"/> at a time (a mail
    /// relay takes several connections; one message at a time would leave it idle); returns how many it sent.
    /// </summary>
    public async Task<int> SendOnceAsync(IReadOnlyList<LedgerItem> items, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var batch in items.Chunk(ClaimBatch))
        {
            var claimed = await ClaimAsync(batch.Select(i => i.Key).ToList(), cancellationToken);
            var delivered = new ConcurrentQueue<string>();
            try
            {
                foreach (var group in batch.Where(i => claimed.Contains(i.Key)).Chunk(MarkEvery))
                {
                    await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (item, _) =>
                    {
                        await item.Send();
                        delivered.Enqueue(item.Key);
                    });
                    sent += await MarkSentAsync(delivered, claimed, cancellationToken);
                }
            }
            finally
            {
                // On a failure: what went out stays recorded; the rest is released for the retry.
                sent += await MarkSentAsync(delivered, claimed, CancellationToken.None);
                await ReleaseAsync(claimed, CancellationToken.None);
            }
        }

        return sent;
    }

    private async Task<HashSet<string>> ClaimAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var known = await db.SentReminders.AsNoTracking().Where(r => keys.Contains(r.Key))
            .Select(r => new { r.Key, r.ClaimedAtUtc, r.SentAtUtc }).ToListAsync(cancellationToken);
        var fresh = keys.Except(known.Select(k => k.Key)).ToList();
        var claimed = await InsertClaimsAsync(fresh, now, cancellationToken) ? fresh.ToHashSet() : await ClaimOneByOneAsync(fresh, now, cancellationToken);
        // Taken over only when the previous claim was never marked sent and is old: its worker died.
        foreach (var stale in known.Where(k => k.SentAtUtc == null && k.ClaimedAtUtc < now - Abandoned))
        {
            if (await TakeOverAsync(stale.Key, now, cancellationToken))
            {
                claimed.Add(stale.Key);
            }
        }

        return claimed;
    }

    private async Task<bool> InsertClaimsAsync(IReadOnlyCollection<string> keys, DateTime now, CancellationToken cancellationToken)
    {
        db.SentReminders.AddRange(keys.Select(key => new SentReminder { Key = key, ClaimedAtUtc = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another worker claimed some of these meanwhile
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<HashSet<string>> ClaimOneByOneAsync(List<string> keys, DateTime now, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (await InsertClaimsAsync([key], now, cancellationToken) || await TakeOverAsync(key, now, cancellationToken))
            {
                claimed.Add(key);
            }
        }

        return claimed;
    }

    private async Task<bool> TakeOverAsync(string key, DateTime now, CancellationToken cancellationToken)
    {
        var stale = now - Abandoned;
        return await db.SentReminders.Where(r => r.Key == key && r.SentAtUtc == null && r.ClaimedAtUtc < stale)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimedAtUtc, now), cancellationToken) == 1;
    }

    /// <summary>Records the delivered keys as sent and drops them from the claims still to release; returns how many.</summary>
    private async Task<int> MarkSentAsync(ConcurrentQueue<string> delivered, HashSet<string> claimed, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        while (delivered.TryDequeue(out var key))
        {
            keys.Add(key);
            claimed.Remove(key);
        }

        if (keys.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.SentReminders.Where(r => keys.Contains(r.Key)).ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAtUtc, now), cancellationToken);
        }

        return keys.Count;
    }

    private async Task ReleaseAsync(HashSet<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            await db.SentReminders.Where(r => keys.Contains(r.Key) && r.SentAtUtc == null).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
