using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>A message to send once under its ledger key (e.g. "la:42:due-14").</summary>
public sealed record LedgerItem(string Key, Func<Task> Send);

/// <summary>
/// Claims reminder keys before sending and marks them sent after, so each is sent once across
/// reruns and parallel workers. Keys are claimed a batch at a time and marked sent every
/// <see cref="MarkEvery"/> messages, which keeps a 30,000-message run to a few hundred round trips;
/// the price is that a worker killed mid-batch can resend at most that many messages when its stale
/// claims are taken over.
/// </summary>
public sealed class ReminderLedger(AppDbContext db, TimeProvider clock)
{
    public const int ClaimBatch = 500;
    public const int MarkEvery = 50;
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    /// <summary>Sends every item not sent or being sent elsewhere; returns how many it sent.</summary>
    public async Task<int> SendOnceAsync(IReadOnlyList<LedgerItem> items, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var batch in items.Chunk(ClaimBatch))
        {
            var claimed = await ClaimAsync(batch.Select(i => i.Key).ToList(), cancellationToken);
            var unmarked = new List<string>();
            try
            {
                foreach (var item in batch.Where(i => claimed.Contains(i.Key)))
                {
                    await item.Send();
                    claimed.Remove(item.Key);
                    unmarked.Add(item.Key);
                    sent++;
                    if (unmarked.Count == MarkEvery)
                    {
                        await MarkSentAsync(unmarked, cancellationToken);
                    }
                }
            }
            finally
            {
                // On a failure: what went out stays recorded; the rest is released for the retry.
                await MarkSentAsync(unmarked, CancellationToken.None);
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

    private async Task MarkSentAsync(List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.SentReminders.Where(r => keys.Contains(r.Key)).ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAtUtc, now), cancellationToken);
            keys.Clear();
        }
    }

    private async Task ReleaseAsync(HashSet<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            await db.SentReminders.Where(r => keys.Contains(r.Key) && r.SentAtUtc == null).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
