using System.Net;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CE.Platform.Web.Features.Content.Rendering;

/// <summary>
/// Writes each Markdown table inside its own sideways-scrolling region, so a wide table scrolls on a
/// phone instead of widening the whole page. The region takes keyboard focus (so it can be scrolled
/// without a mouse) and is named after the heading above the table, or its column headings, for screen readers.
/// One instance per rendered fragment: names repeated within it get a number, as landmarks need distinct names.
/// </summary>
internal sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    /// <summary>The wrapper's class; the sanitiser lets role and tabindex through on it alone.</summary>
    public const string WrapperClass = "table-wrap";

    private readonly Dictionary<string, int> namesUsed = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var name = $"Table: {HeadingAbove(table) ?? ColumnHeadings(table)}";
        var seen = namesUsed[name] = namesUsed.GetValueOrDefault(name) + 1;
        var label = seen == 1 ? name : $"{name} ({seen})";
        renderer.Write($"<div class=\"{WrapperClass}\" role=\"region\" tabindex=\"0\" aria-label=\"{WebUtility.HtmlEncode(label)}\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }

    private static string? HeadingAbove(Table table)
    {
        if (table.Parent is not { } parent)
        {
            return null;
        }

        for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
        {
            if (parent[i] is HeadingBlock heading && Text(heading.Inline) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string ColumnHeadings(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader) is { } header
            ? string.Join(", ", header.OfType<TableCell>().Select(cell => string.Concat(cell.OfType<LeafBlock>().Select(b => Text(b.Inline)))))
            : "data";

    private static string Text(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();
}
