using System.Text;

namespace CE.Platform.BrowserTests.Accessibility;

/// <summary>One violated axe rule as the page reports it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, string[] Targets);

/// <summary>What axe found on one page, or why the page could not be checked.</summary>
public sealed record PageViolations(string Path, IReadOnlyList<AxeViolation> Violations, string? Error = null);

/// <summary>Words the findings of an audit so a failing test says what to fix and where.</summary>
public static class AccessibilityReport
{
    public static string Describe(IReadOnlyList<PageViolations> pages)
    {
        var text = new StringBuilder($"Accessibility check (axe-core, WCAG 2.2 A and AA and best practices, any impact; no sideways scrolling) failed on {pages.Count} page(s):");
        foreach (var page in pages)
        {
            text.Append($"\n\n{page.Path}");
            if (page.Error is not null)
                text.Append($"\n  could not be checked: {page.Error}");
            foreach (var violation in page.Violations)
            {
                text.Append($"\n  {violation.Id} ({violation.Impact}): {violation.Help}\n    {violation.HelpUrl}");
                foreach (var target in violation.Targets)
                    text.Append($"\n    at {target}");
            }
        }

        return text.ToString();
    }
}
