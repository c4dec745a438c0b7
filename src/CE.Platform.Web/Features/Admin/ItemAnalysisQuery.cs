using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Admin;

/// <summary>A module's line on the item-analysis list: all attempts, first attempts, and consistency over first attempts.</summary>
public sealed record ItemAnalysisModuleRow(string Slug, string Title, int Attempts, double? PassRate, int FirstAttempts, double? FirstAttemptPassRate,
    ConsistencyEstimate Consistency, DateTime ComputedAtUtc);

/// <summary>One module's stored report over one scope; <paramref name="Report"/> is null until the job has run.</summary>
public sealed record ModuleItemAnalysis(string Slug, string Title, ItemAnalysisScope Scope, DateTime? ComputedAtUtc, ItemAnalysisReport? Report);

/// <summary>Reads the reports <see cref="ItemAnalysisJob"/> stored; computes nothing itself.</summary>
public sealed class ItemAnalysisQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<ItemAnalysisModuleRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from r in db.ItemAnalyses.AsNoTracking()
                          join m in db.Modules on r.ModuleId equals m.Id
                          orderby m.Course.Title, m.Position
                          select new { m.Slug, Title = m.CurrentVersion != null ? m.CurrentVersion.Title : m.Slug, r.Scope, r.ComputedAtUtc, r.PayloadJson })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Slug).Select(g =>
        {
            var all = Report(g.SingleOrDefault(r => r.Scope == ItemAnalysisScope.AllAttempts)?.PayloadJson);
            var first = Report(g.SingleOrDefault(r => r.Scope == ItemAnalysisScope.FirstAttempts)?.PayloadJson);
            var consistency = first?.Consistency ?? new ConsistencyEstimate(null, null, 0, 0, 0, "Not computed.");
            return new ItemAnalysisModuleRow(g.Key, g.First().Title, all?.Attempts ?? 0, all?.PassRate, all?.FirstAttempts ?? 0, all?.FirstAttemptPassRate,
                consistency, g.Min(r => r.ComputedAtUtc));
        }).ToList();
    }

    /// <summary>Null when no module has that slug.</summary>
    public async Task<ModuleItemAnalysis?> ModuleAsync(string slug, ItemAnalysisScope scope, CancellationToken cancellationToken)
    {
        var module = await db.Modules.AsNoTracking().Where(m => m.Slug == slug)
            .Select(m => new { m.Id, Title = m.CurrentVersion != null ? m.CurrentVersion.Title : m.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (module is null)
        {
            return null;
        }

        var stored = await db.ItemAnalyses.AsNoTracking().Where(r => r.ModuleId == module.Id && r.Scope == scope)
            .Select(r => new { r.ComputedAtUtc, r.PayloadJson }).SingleOrDefaultAsync(cancellationToken);
        return new ModuleItemAnalysis(slug, module.Title, scope, stored?.ComputedAtUtc, Report(stored?.PayloadJson));
    }

    private static ItemAnalysisReport? Report(string? json) =>
        json is null ? null : new StoredItemAnalysis { PayloadJson = json }.Report();
}
