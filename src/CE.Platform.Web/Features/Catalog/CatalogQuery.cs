using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CE.Platform.Web.Features.Catalog;

public sealed record CatalogCourse(string Slug, string Title, string Description, IReadOnlyList<CatalogModule> Modules)
{
    public decimal TotalCreditHours => Modules.Sum(m => m.Version.Snapshot.Module.CreditHours);
    public int TotalMinutes => Modules.Sum(m => m.Version.Snapshot.Module.EstimatedMinutes);
}

public sealed record CatalogModule(string Slug, ModuleVersionCache.Entry Version);

/// <summary>
/// The courses and modules on offer now: current versions of modules that are not retired. Kept per
/// <see cref="ContentEpoch"/> (the catalog changes only at import) and for a minute at most.
/// </summary>
public sealed class CatalogQuery(AppDbContext db, ModuleVersionCache versions, IMemoryCache cache, ContentEpoch epoch)
{
    private const string CacheKey = "catalog";

    public async Task<IReadOnlyList<CatalogCourse>> ListAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync((CacheKey, epoch.Current), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return LoadAsync(cancellationToken);
        }))!;

    private async Task<IReadOnlyList<CatalogCourse>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Modules.AsNoTracking()
            .Where(m => m.RetiredAtUtc == null && m.CurrentVersionId != null && m.Course.RetiredAtUtc == null)
            .OrderBy(m => m.Course.Title).ThenBy(m => m.Position)
            .Select(m => new { m.Slug, VersionId = m.CurrentVersionId!.Value, CourseSlug = m.Course.Slug, m.Course.Title, m.Course.Description })
            .ToListAsync(cancellationToken);
        var courses = new List<CatalogCourse>();
        foreach (var course in rows.GroupBy(r => (r.CourseSlug, r.Title, r.Description)))
        {
            var modules = new List<CatalogModule>();
            foreach (var row in course)
            {
                modules.Add(new CatalogModule(row.Slug, await versions.GetAsync(row.VersionId, cancellationToken)));
            }

            courses.Add(new CatalogCourse(course.Key.CourseSlug, course.Key.Title, course.Key.Description, modules));
        }

        return courses;
    }
}
