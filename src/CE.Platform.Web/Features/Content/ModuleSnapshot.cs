using System.Text.Json;
using System.Text.Json.Serialization;
using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content;

/// <summary>
/// Everything a module version needs later (questions, statements, references), frozen at import;
/// <paramref name="Images"/> maps each image path to its content hash, so a changed image is a new version.
/// </summary>
public sealed record ModuleSnapshot(CourseSnapshot Course, ModuleDefinition Module, IReadOnlyDictionary<string, string>? Images = null)
{
    /// <summary>Image path → the address it is served at.</summary>
    public IReadOnlyDictionary<string, string> ImageUrls() =>
        (Images ?? new Dictionary<string, string>()).ToDictionary(i => i.Key, i => $"/content-assets/{i.Value}{Path.GetExtension(i.Key).ToLowerInvariant()}");

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModuleSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ModuleSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty module snapshot.");
}

public sealed record CourseSnapshot(string Slug, string Title, string ProviderStatement, IReadOnlyList<CreditTypeDefinition> CreditTypes)
{
    public static CourseSnapshot From(CourseDefinition course) => new(course.Id, course.Title, course.ProviderStatement, course.CreditTypes);
}
