using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>A stem as one short line of plain text, so the committee can tell items apart in a table.</summary>
public static partial class StemText
{
    public const int MaxLength = 140;

    public static string Plain(string markdown)
    {
        var text = Whitespace().Replace(MarkdownMarks().Replace(markdown, ""), " ").Trim();
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";
    }

    // Emphasis, code and heading marks and link brackets; the words stay.
    [GeneratedRegex(@"[*_`#>\[\]]")]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
