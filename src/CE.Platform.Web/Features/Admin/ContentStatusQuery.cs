using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Admin;

public sealed record ContentModuleRow(string CourseTitle, string Slug, string Title, int CurrentVersion, int VersionCount, DateTime CurrentImportedAtUtc, string SourcePath, DateTime? RetiredAtUtc);

public sealed record ContentStatus(IReadOnlyList<ContentModuleRow> Modules, IReadOnlyList<ContentImportRun> RecentRuns);

/// <summary>What is imported, in which version, and what the recent imports reported.</summary>
public sealed class ContentStatusQuery(AppDbContext db)
{
    public async Task<ContentStatus> GetAsync(CancellationToken cancellationToken = default)
    {
        var modules = await db.Modules.AsNoTracking()
            .OrderBy(m => m.Course.Title).ThenBy(m => m.RetiredAtUtc != null).ThenBy(m => m.Position)
            .Select(m => new ContentModuleRow(m.Course.Title, m.Slug, m.CurrentVersion!.Title, m.CurrentVersion.Number, m.Versions.Count,
                m.CurrentVersion.ImportedAtUtc, m.CurrentVersion.SourcePath, m.RetiredAtUtc))
            .ToListAsync(cancellationToken);
        var runs = await db.ContentImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(10).ToListAsync(cancellationToken);
        return new ContentStatus(modules, runs);
    }
}
