using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// Evicts, on this instance, the progress a save of this instance just wrote, so the learner's next request
/// here (the redirect after passing a quiz) cannot be served the row from before it. The notification does
/// the same for every instance a moment later; this closes that moment on the instance that wrote.
/// </summary>
public sealed class ProgressCacheEviction(ProgressCache cache) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Evict(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Evict(eventData);
        return ValueTask.FromResult(result);
    }

    private void Evict(SaveChangesCompletedEventData eventData)
    {
        if (!cache.IsListening || eventData.Context is null)
        {
            return;
        }

        // The save has just detected the changes; listing the entries without detecting them again keeps this cheap.
        var tracker = eventData.Context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries<ModuleProgress>())
            {
                cache.Evict(ProgressCache.Key(entry.Entity.UserId, entry.Entity.ModuleId));
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
