using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>A module with the questions of its bank, as the item-writing rules read them.</summary>
public sealed record ModuleItems(ModuleDefinition Module, IReadOnlyList<ParsedQuestion> Items);

/// <summary>
/// Every item-writing rule (after the NBME guide's technical item flaws) over one course: per item,
/// per bank, per module and across the course. Findings come in file and line order.
/// </summary>
public static class ItemWritingRules
{
    public static IReadOnlyList<ItemFinding> Check(IReadOnlyList<ModuleItems> course) =>
        course.SelectMany(m => m.Items.SelectMany(item => ItemRules.Check(item).Concat(CueRules.Check(item)))
                .Concat(BankRules.Check(m.Items))
                .Concat(ModuleRules.Check(m.Module, m.Items)))
            .Concat(CourseRules.DuplicateStems(course.SelectMany(m => m.Items).ToList()))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line)
            .ToList();
}
