using System.Text.Json;
using System.Text.Json.Serialization;
using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content;

/// <summary>Everything a module version needs later (questions, statements, references), frozen at import.</summary>
public sealed record ModuleSnapshot(CourseSnapshot Course, ModuleDefinition Module)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModuleSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ModuleSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty module snapshot.");
}

public sealed record CourseSnapshot(string Slug, string Title, string ProviderStatement, IReadOnlyList<CreditTypeDefinition> CreditTypes)
{
    public static CourseSnapshot From(CourseDefinition course) => new(course.Id, course.Title, course.ProviderStatement, course.CreditTypes);
}
