using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Admin;

/// <summary>One module's evaluations in aggregate: how many, the mean of each 1–5 item, intended change, and how many left a comment.</summary>
public sealed record EvaluationSummary(string ModuleSlug, string ModuleTitle, int Count, double ObjectivesMet, double RelevantToPractice,
    double FreeOfCommercialBias, double WellPresented, int ChangeYes, int ChangeNo, int ChangeUnsure, int Comments);

public sealed class EvaluationReportQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<EvaluationSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Evaluations.AsNoTracking()
            .GroupBy(e => e.ModuleId)
            .Select(g => new
            {
                ModuleId = g.Key,
                Count = g.Count(),
                ObjectivesMet = g.Average(e => (double)e.ObjectivesMet),
                RelevantToPractice = g.Average(e => (double)e.RelevantToPractice),
                FreeOfCommercialBias = g.Average(e => (double)e.FreeOfCommercialBias),
                WellPresented = g.Average(e => (double)e.WellPresented),
                Yes = g.Count(e => e.IntendsPracticeChange == "Yes"),
                No = g.Count(e => e.IntendsPracticeChange == "No"),
                Unsure = g.Count(e => e.IntendsPracticeChange == "Unsure"),
                Comments = g.Count(e => e.Comments != null),
            })
            .ToListAsync(cancellationToken);
        var modules = await db.Modules.AsNoTracking()
            .Select(m => new { m.Id, m.Slug, Title = m.CurrentVersion!.Title, m.Position, Course = m.Course.Title })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        return rows.OrderBy(r => modules[r.ModuleId].Course).ThenBy(r => modules[r.ModuleId].Position)
            .Select(r => new EvaluationSummary(modules[r.ModuleId].Slug, modules[r.ModuleId].Title, r.Count, r.ObjectivesMet, r.RelevantToPractice,
                r.FreeOfCommercialBias, r.WellPresented, r.Yes, r.No, r.Unsure, r.Comments))
            .ToList();
    }

    public static CsvDocument ToCsv(IEnumerable<EvaluationSummary> rows)
    {
        var csv = new CsvDocument().Row("module_id", "module_title", "evaluations", "mean_objectives_met", "mean_relevant_to_practice",
            "mean_free_of_commercial_bias", "mean_well_presented", "intends_change_yes", "intends_change_no", "intends_change_unsure", "comments");
        foreach (var r in rows)
        {
            csv.Row(r.ModuleSlug, r.ModuleTitle, r.Count, r.ObjectivesMet, r.RelevantToPractice, r.FreeOfCommercialBias, r.WellPresented, r.ChangeYes, r.ChangeNo, r.ChangeUnsure, r.Comments);
        }

        return csv;
    }
}
