using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Learning;

public sealed record DashboardRow(CatalogModule Module, LearnerProgress Progress)
{
    public int SectionCount => Module.Version.Rendered.Sections.Count;
}

public sealed record Dashboard(IReadOnlyList<DashboardRow> Rows)
{
    /// <summary>What to do next: the module in progress, else the first not started.</summary>
    public DashboardRow? Next =>
        Rows.FirstOrDefault(r => r.Progress.Status == ModuleStatus.InProgress) ?? Rows.FirstOrDefault(r => r.Progress.Status == ModuleStatus.NotStarted);
}

/// <summary>The learner's modules with their progress, in catalog order.</summary>
public sealed class DashboardQuery(AppDbContext db, CatalogQuery catalog)
{
    public async Task<Dashboard> ForAsync(string userId, CancellationToken cancellationToken = default)
    {
        var progress = await db.ModuleProgress.AsNoTracking().Include(p => p.SectionsRead)
            .Where(p => p.UserId == userId)
            .Join(db.Modules, p => p.ModuleId, m => m.Id, (p, m) => new { m.Slug, Progress = p })
            .ToDictionaryAsync(x => x.Slug, x => x.Progress, cancellationToken);
        var rows = (await catalog.ListAsync(cancellationToken))
            .SelectMany(c => c.Modules)
            .Select(m => new DashboardRow(m, LearnerProgress.From(progress.GetValueOrDefault(m.Slug))))
            .ToList();
        return new Dashboard(rows);
    }
}
