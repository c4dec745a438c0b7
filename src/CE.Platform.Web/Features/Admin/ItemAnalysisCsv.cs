using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using CE.Platform.Web.Infrastructure.Csv;

namespace CE.Platform.Web.Features.Admin;

/// <summary>A module's item table as CSV: one row per item, options as "key=rate" with the key marked by *.</summary>
public static class ItemAnalysisCsv
{
    public static CsvDocument For(ModuleItemAnalysis analysis)
    {
        var csv = new CsvDocument().Row("module_id", "scope", "computed_utc", "question_id", "stem", "drawn", "facility", "discrimination",
            "omitted_rate", "median_seconds", "option_rates", "flags");
        foreach (var item in analysis.Report?.Items ?? [])
        {
            csv.Row(analysis.Slug, analysis.Scope.ToString(), analysis.ComputedAtUtc, item.QuestionId, item.Stem, item.Drawn, item.Facility,
                item.Discrimination, item.OmittedRate, item.MedianSeconds,
                string.Join("; ", item.Options.Select(o => $"{o.Key}{(o.IsKey ? "*" : "")}={o.Rate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}")),
                string.Join("; ", item.Flags.Select(f => f.Text)));
        }

        return csv;
    }
}
