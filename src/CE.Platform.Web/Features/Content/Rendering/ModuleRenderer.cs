using System.Net;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CE.Platform.Web.Features.Content.Rendering;

/// <summary>
/// Renders a module's Markdown to sanitised HTML split by section, with citations as numbered
/// links to the reference list. Runs at import, never per request.
/// </summary>
public sealed class ModuleRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseGenericAttributes()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public RenderedModule Render(ModuleDefinition module, IReadOnlyDictionary<string, string>? imageUrls = null)
    {
        var images = imageUrls ?? new Dictionary<string, string>();
        var body = MarkdownBody.RewriteImages(module.Body, images);
        var numbers = module.References.Select((r, i) => (r.Key, Number: i + 1)).ToDictionary(x => x.Key, x => x.Number);
        var document = Markdown.Parse(body, Pipeline);
        var intro = new List<Block>();
        var sections = new List<(SectionDefinition Section, List<Block> Blocks)>();
        foreach (var block in document.ToList())
        {
            if (block is HeadingBlock { Level: 2 } heading && heading.GetAttributes().Id is { } id
                && module.Sections.FirstOrDefault(s => s.Anchor == id) is { } section)
            {
                sections.Add((section, [block]));
            }
            else
            {
                (sections.Count == 0 ? intro : sections[^1].Blocks).Add(block);
            }
        }

        return new RenderedModule(
            Html(intro, numbers),
            sections.Select(s => new RenderedSection(s.Section.Anchor, s.Section.Title, Html(s.Blocks, numbers), CitedKeys(s.Blocks, body, module))).ToList(),
            module.Questions.ToDictionary(q => q.Id, q => sanitizer.Sanitize(ToHtml(Markdown.Parse(MarkdownBody.RewriteImages(q.Stem, images), Pipeline)))));
    }

    private string Html(List<Block> blocks, Dictionary<string, int> numbers)
    {
        var html = MarkdownBody.LinkCitations(ToHtml(blocks), key => numbers.TryGetValue(key, out var n)
            ? $"<sup class=\"cite\"><a href=\"#ref-{WebUtility.HtmlEncode(key)}\" aria-label=\"Reference {n}\">{n}</a></sup>"
            : "");
        return sanitizer.Sanitize(html);
    }

    private static string ToHtml(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollingTableRenderer());
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        return writer.ToString();
    }

    private static List<string> CitedKeys(List<Block> blocks, string body, ModuleDefinition module)
    {
        if (blocks.Count == 0)
        {
            return [];
        }

        var text = body[blocks[0].Span.Start..Math.Min(blocks[^1].Span.End + 1, body.Length)];
        var known = module.References.Select(r => r.Key).ToHashSet();
        return MarkdownBody.Citations(text, 0).Select(c => c.Key).Where(known.Contains).Distinct().ToList();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("aria-label");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("tabindex");
        // The scrolling region around a table (ScrollingTableRenderer) keeps its role and focusability;
        // nowhere else may content set them, so a module cannot add stray tab stops or landmarks.
        sanitizer.RemovingAttribute += (_, e) => e.Cancel = e.Tag.TagName == "DIV" && e.Tag.ClassList.Contains(ScrollingTableRenderer.WrapperClass)
            && (e.Attribute.Name, e.Attribute.Value) is ("role", "region") or ("tabindex", "0");
        return sanitizer;
    }
}
