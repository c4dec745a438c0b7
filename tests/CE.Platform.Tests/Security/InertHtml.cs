using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CE.Platform.Tests.Security;

/// <summary>What a page holding payloads must look like once a browser parses it: the text is there, nothing of it runs.</summary>
public static class InertHtml
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcdoc", "data"];

    /// <summary>Problems on <paramref name="page"/> (at <paramref name="url"/>): a payload that became markup, or a value expected as text that is missing.</summary>
    public static IEnumerable<string> Problems(IHtmlDocument page, string url, IEnumerable<string> shown)
    {
        var all = page.All.ToList();
        foreach (var script in all.OfType<IHtmlScriptElement>().Where(s => s.Text.Contains("__xss", StringComparison.Ordinal)))
        {
            yield return $"{url}: a payload became a live <script>: {script.OuterHtml}";
        }

        foreach (var element in all)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (UrlAttributes.Contains(attribute.Name) && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return $"{url}: a payload became a live attribute: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                }
            }
        }

        var text = Text(page);
        foreach (var value in shown.Where(v => !text.Contains(v, StringComparison.Ordinal)))
        {
            yield return $"{url}: '{value}' is not shown as text";
        }
    }

    /// <summary>The page's text plus the values of its fields (where a form shows a stored value back).</summary>
    private static string Text(IHtmlDocument page) =>
        string.Join('\n', [page.Body?.TextContent ?? "", page.Title ?? "",
            .. page.QuerySelectorAll("input, option").Select(e => e.GetAttribute("value") ?? ""),
            .. page.QuerySelectorAll("textarea").Select(e => e.TextContent)]);
}
