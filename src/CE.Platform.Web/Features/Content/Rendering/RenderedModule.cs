using System.Text.Json;

namespace CE.Platform.Web.Features.Content.Rendering;

/// <summary>
/// A module rendered once per version: the text before the first section, each section, and each
/// question stem (Markdown, so a stem can hold a table).
/// </summary>
public sealed record RenderedModule(string IntroHtml, IReadOnlyList<RenderedSection> Sections, IReadOnlyDictionary<string, string>? QuestionStems = null)
{
    /// <summary>The stem's sanitised HTML; versions imported before stems were rendered get their text encoded.</summary>
    public string StemHtml(string questionId, string stem) =>
        QuestionStems?.GetValueOrDefault(questionId) ?? $"<p>{System.Net.WebUtility.HtmlEncode(stem)}</p>";

    /// <summary>The section's position, or -1 when there is no section with that anchor (every section page asks).</summary>
    public int IndexOf(string anchor)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Anchor == anchor)
            {
                return i;
            }
        }

        return -1;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static RenderedModule FromJson(string json) =>
        JsonSerializer.Deserialize<RenderedModule>(json) ?? throw new InvalidOperationException("Empty rendered module.");
}

/// <summary>One section's sanitised HTML and the reference keys it cites, in order of first citation.</summary>
public sealed record RenderedSection(string Anchor, string Title, string Html, IReadOnlyList<string> CitedKeys);
