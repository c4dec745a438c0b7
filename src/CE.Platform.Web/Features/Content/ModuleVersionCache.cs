using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CE.Platform.Web.Features.Content;

/// <summary>A content version's definition and rendered HTML, read once per process: versions never change.</summary>
public sealed class ModuleVersionCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public sealed record Entry(int VersionId, int Number, DateTime ImportedAtUtc, ModuleSnapshot Snapshot, RenderedModule Rendered)
    {
        public string Label => $"v{Number} ({ImportedAtUtc:yyyy-MM-dd})";
    }

    public async Task<Entry> GetAsync(int versionId, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(("module-version", versionId), async item =>
        {
            item.SlidingExpiration = TimeSpan.FromHours(6);
            await using var scope = scopes.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ModuleVersions.AsNoTracking()
                .Where(v => v.Id == versionId)
                .Select(v => new { v.Number, v.ImportedAtUtc, v.DefinitionJson, v.RenderedJson })
                .SingleAsync(cancellationToken);
            return new Entry(versionId, row.Number, row.ImportedAtUtc, ModuleSnapshot.FromJson(row.DefinitionJson), RenderedModule.FromJson(row.RenderedJson));
        }))!;
}
