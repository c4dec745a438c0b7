using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CE.Platform.Web.Features.Content;

/// <summary>A module as the pages find it by its slug.</summary>
public sealed record ModuleRef(int Id, int CurrentVersionId, bool Retired);

/// <summary>
/// Slug → module for every module with a published version, read by every module and quiz page.
/// Only an import changes it: entries are keyed by the <see cref="ContentEpoch"/>, so every instance
/// reads it anew within about a second of an import anywhere (and after a minute at most if that is missed).
/// </summary>
public sealed class ModuleDirectory(AppDbContext db, IMemoryCache cache, ContentEpoch epoch)
{
    private const string CacheKey = "module-directory";

    public async Task<ModuleRef?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync((CacheKey, epoch.Current), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await db.Modules.AsNoTracking().Where(m => m.CurrentVersionId != null)
                .Select(m => new { m.Slug, Module = new ModuleRef(m.Id, m.CurrentVersionId!.Value, m.RetiredAtUtc != null) })
                .ToDictionaryAsync(m => m.Slug, m => m.Module, StringComparer.Ordinal, cancellationToken);
        }))!.GetValueOrDefault(slug);
}
