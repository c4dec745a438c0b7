using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// Item-writing rules that need the module with its bank: every objective and every section tested by
/// at least two items, rationales that send the learner to their section, and a review that keeps keys hidden.
/// </summary>
public static class ModuleRules
{
    public const int ItemsPerObjective = 2;
    public const int ItemsPerSection = 2;

    public static IEnumerable<ItemFinding> Check(ModuleDefinition module, IReadOnlyList<ParsedQuestion> bank) =>
        ObjectiveCoverage(module, bank)
            .Concat(SectionCoverage(module, bank))
            .Concat(bank.Select(item => RationaleSection(module, item)).OfType<ItemFinding>())
            .Concat(new[] { ReviewShowsKeys(module) }.OfType<ItemFinding>());

    public static IEnumerable<ItemFinding> ObjectiveCoverage(ModuleDefinition module, IReadOnlyList<ParsedQuestion> bank) =>
        from number in Enumerable.Range(1, module.Objectives.Count)
        let items = bank.Count(q => q.Question.Objective == number)
        where items < ItemsPerObjective
        select new ItemFinding("objective-coverage", Severity.Warning, module.SourcePath, module.LineOf("objectives"),
            $"objective {number} ('{module.Objectives[number - 1]}') is tested by {items} item(s); give it at least {ItemsPerObjective} with 'objective: {number}'");

    public static IEnumerable<ItemFinding> SectionCoverage(ModuleDefinition module, IReadOnlyList<ParsedQuestion> bank) =>
        from section in module.Sections
        let items = bank.Count(q => q.Question.Section == section.Anchor)
        where items < ItemsPerSection
        select new ItemFinding("section-coverage", Severity.Warning, module.SourcePath, section.Line,
            $"the section '{section.Title}' is tested by {items} item(s); write at least {ItemsPerSection} with 'section: {section.Anchor}'");

    /// <summary>The rationale names its section's title, as authors write it: (see "Section title").</summary>
    public static ItemFinding? RationaleSection(ModuleDefinition module, ParsedQuestion item)
    {
        if (module.Sections.FirstOrDefault(s => s.Anchor == item.Question.Section) is not { } section)
        {
            return null; // An unknown section is already an error of its own.
        }

        return ItemText.Normalised(item.Question.Rationale).Contains(ItemText.Normalised(section.Title), StringComparison.Ordinal)
            ? null
            : ItemFinding.Warning("rationale-section", item, item.Line,
                $"the rationale does not name its section; end it with (see \"{section.Title}\") so the review sends the learner there");
    }

    /// <summary>Keys shown after every attempt can be copied into the next attempt.</summary>
    public static ItemFinding? ReviewShowsKeys(ModuleDefinition module) =>
        module.Quiz.Review == ReviewVisibility.Full
            ? new ItemFinding("review-shows-keys", Severity.Warning, module.SourcePath, module.LineOf("quiz.review"),
                "quiz.review is 'full', which shows the keys after a failed attempt while attempts remain; leave it out (standard) or use after-pass or score-only")
            : null;
}
