using CE.Platform.Web.Features.Assessments.ItemAnalysis;

namespace CE.Platform.Web.Features.Admin;

/// <summary>What the module page was asked for (scope and order from the query string), with a note for anything it did not understand.</summary>
public sealed record ItemAnalysisRequest(ItemAnalysisScope Scope, string Sort, bool Descending, string? Notice)
{
    public static readonly IReadOnlyList<string> Sorts = ["question", "drawn", "facility", "discrimination", "time"];

    public static ItemAnalysisRequest Parse(string? scope, string? sort, string? order)
    {
        var notices = new List<string>();
        var parsedScope = scope switch
        {
            null or "" or "first" => ItemAnalysisScope.FirstAttempts,
            "all" => ItemAnalysisScope.AllAttempts,
            _ => Unknown(notices, $"There is no scope '{scope}'; showing first attempts (the other scope is 'all').", ItemAnalysisScope.FirstAttempts),
        };
        var parsedSort = sort is null or "" ? "question"
            : Sorts.Contains(sort) ? sort
            : Unknown(notices, $"The table cannot be sorted by '{sort}'; sorted by question. Sort by {string.Join(", ", Sorts)}.", "question");
        var descending = order switch
        {
            null or "" or "asc" => false,
            "desc" => true,
            _ => Unknown(notices, $"The order '{order}' is neither 'asc' nor 'desc'; ascending.", false),
        };
        return new(parsedScope, parsedSort, descending, notices.Count == 0 ? null : string.Join(" ", notices));
    }

    public string ScopeValue => Scope == ItemAnalysisScope.AllAttempts ? "all" : "first";

    /// <summary>Items in the requested order; items without the statistic go last either way.</summary>
    public IReadOnlyList<ItemStatistics> Ordered(IEnumerable<ItemStatistics> items)
    {
        Func<ItemStatistics, double?> key = Sort switch
        {
            "drawn" => i => i.Drawn,
            "facility" => i => i.Facility,
            "discrimination" => i => i.Discrimination,
            "time" => i => i.MedianSeconds,
            _ => _ => null,
        };
        var known = items.Where(i => key(i) is not null || Sort == "question");
        var ordered = Sort == "question"
            ? (Descending ? known.OrderByDescending(i => i.QuestionId, StringComparer.Ordinal) : known.OrderBy(i => i.QuestionId, StringComparer.Ordinal))
            : Descending ? known.OrderByDescending(key).ThenBy(i => i.QuestionId, StringComparer.Ordinal) : known.OrderBy(key).ThenBy(i => i.QuestionId, StringComparer.Ordinal);
        return [.. ordered, .. items.Where(i => key(i) is null && Sort != "question").OrderBy(i => i.QuestionId, StringComparer.Ordinal)];
    }

    private static T Unknown<T>(List<string> notices, string notice, T fallback)
    {
        notices.Add(notice);
        return fallback;
    }
}

/// <summary>The module page: the stored report and how it was asked for.</summary>
public sealed record ItemAnalysisPage(ModuleItemAnalysis Analysis, ItemAnalysisRequest Request);
