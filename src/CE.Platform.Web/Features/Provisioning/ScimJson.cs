using System.Text.Json;
using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>Reading SCIM JSON: attribute names are case-insensitive, and some clients send booleans as strings ("False").</summary>
public static class ScimJson
{
    public static JsonNode? Child(JsonObject parent, string name) =>
        parent.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? String(JsonObject parent, string name) => Child(parent, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => throw ScimException.InvalidValue($"{name} must be a string, not {other.GetValueKind().ToString().ToLowerInvariant()}."),
    };

    /// <summary>A boolean, or the strings "true"/"false" in any case, which Entra ID sends in PATCH (<c>"value":"False"</c>).</summary>
    public static bool Boolean(JsonNode node, string name) => node.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(node.GetValue<string>(), out var parsed) => parsed,
        _ => throw ScimException.InvalidValue($"{name} must be true or false."),
    };

    /// <summary>Parses a request body as a JSON object; anything else is invalidSyntax.</summary>
    public static JsonObject Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw ScimException.InvalidSyntax("The request body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw ScimException.InvalidSyntax($"The request body is not valid JSON: {e.Message}");
        }
    }
}
