using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>Claims a reminder key before sending and marks it sent after, so each is sent once.</summary>
public sealed class ReminderLedger(AppDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    /// <summary>Sends through <paramref name="send"/> unless this key was sent or is being sent; true when it sent.</summary>
    public async Task<bool> SendOnceAsync(string key, Func<Task> send, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(key, cancellationToken))
        {
            return false;
        }

        try
        {
            await send();
        }
        catch
        {
            // Not sent: release the claim so the retry sends it.
            await db.SentReminders.Where(r => r.Key == key && r.SentAtUtc == null).ExecuteDeleteAsync(cancellationToken);
            throw;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.SentReminders.Where(r => r.Key == key).ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAtUtc, now), cancellationToken);
        return true;
    }

    private async Task<bool> ClaimAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            db.SentReminders.Add(new SentReminder { Key = key, ClaimedAtUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Taken over only when the previous claim was never marked sent and is old: its worker died.
            var stale = now - Abandoned;
            return await db.SentReminders.Where(r => r.Key == key && r.SentAtUtc == null && r.ClaimedAtUtc < stale)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimedAtUtc, now), cancellationToken) == 1;
        }
    }
}
