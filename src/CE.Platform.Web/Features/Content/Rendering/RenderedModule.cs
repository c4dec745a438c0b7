using System.Text.Json;

namespace CE.Platform.Web.Features.Content.Rendering;

/// <summary>A module body rendered once per version: the text before the first section, then each section.</summary>
public sealed record RenderedModule(string IntroHtml, IReadOnlyList<RenderedSection> Sections)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static RenderedModule FromJson(string json) =>
        JsonSerializer.Deserialize<RenderedModule>(json) ?? throw new InvalidOperationException("Empty rendered module.");
}

/// <summary>One section's sanitised HTML and the reference keys it cites, in order of first citation.</summary>
public sealed record RenderedSection(string Anchor, string Title, string Html, IReadOnlyList<string> CitedKeys);
