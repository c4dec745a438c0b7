using System.Text.RegularExpressions;
using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>What validation needs from a module body: its anchored sections and its citations, with lines.</summary>
internal static partial class MarkdownBody
{
    public static IReadOnlyList<SectionDefinition> Sections(string body, int firstLine, ContentFile file)
    {
        var sections = new List<SectionDefinition>();
        foreach (var (line, number) in ProseLines(body, firstLine))
        {
            var match = LevelTwoHeading().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var anchor = match.Groups["anchor"].Value;
            if (anchor.Length == 0)
            {
                file.Report(number, $"the section heading '{match.Groups["title"].Value}' needs a stable anchor: add {{#some-anchor}} at its end");
            }
            else if (!Slugs.IsValid(anchor))
            {
                file.Report(number, $"the anchor '{anchor}' must use lowercase letters, digits and hyphens only");
            }
            else if (sections.Any(s => s.Anchor == anchor))
            {
                file.Report(number, $"duplicate section anchor '{anchor}'");
            }
            else
            {
                sections.Add(new SectionDefinition(anchor, match.Groups["title"].Value.Trim(), number));
            }
        }

        if (sections.Count == 0)
        {
            file.Report(firstLine, "the body has no '## Heading {#anchor}' sections");
        }

        return sections;
    }

    /// <summary>Each cited reference key with the line it is cited on.</summary>
    public static IEnumerable<(string Key, int Line)> Citations(string body, int firstLine) =>
        from line in ProseLines(body, firstLine)
        from Match match in Citation().Matches(line.Text)
        from key in match.Groups["keys"].Value.Split(';')
        select (key.Trim().TrimStart('@'), line.Number);

    /// <summary>Each Markdown image ![alt](src) with the line it stands on.</summary>
    public static IEnumerable<(string Alt, string Source, int Line)> Images(string markdown, int firstLine) =>
        from line in ProseLines(markdown, firstLine)
        from Match match in Image().Matches(line.Text)
        select (match.Groups["alt"].Value.Trim(), match.Groups["src"].Value, line.Number);

    /// <summary>Points each image at its served address, e.g. assets/ecg.png → /content-assets/ab12….png.</summary>
    public static string RewriteImages(string markdown, IReadOnlyDictionary<string, string> urls) =>
        Image().Replace(markdown, match => urls.TryGetValue(match.Groups["src"].Value, out var url)
            ? $"![{match.Groups["alt"].Value}]({url})"
            : match.Value);

    /// <summary>Replaces each [@key; @key2] in rendered HTML with numbered superscript links.</summary>
    public static string LinkCitations(string html, Func<string, string> link) =>
        CitationWithLeadingSpace().Replace(html, match => string.Concat(
            match.Groups["keys"].Value.Split(';').Select(key => link(key.Trim().TrimStart('@')))));

    // Lines outside fenced code blocks, numbered as in the file.
    private static IEnumerable<(string Text, int Number)> ProseLines(string body, int firstLine)
    {
        var inFence = false;
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return (lines[i], firstLine + i);
            }
        }
    }

    [GeneratedRegex(@"^##\s+(?<title>.+?)\s*(?:\{#(?<anchor>[^}]*)\})?\s*$")]
    private static partial Regex LevelTwoHeading();

    [GeneratedRegex(@"\[(?<keys>@[^\[\]]+)\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<src>[^)\s]+)\)")]
    private static partial Regex Image();

    // The space before a citation goes, so the superscript sits against its word.
    [GeneratedRegex(@"[ \t]*\[(?<keys>@[^\[\]]+)\]")]
    private static partial Regex CitationWithLeadingSpace();
}
