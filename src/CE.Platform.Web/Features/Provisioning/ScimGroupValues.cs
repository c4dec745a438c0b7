using System.Text.Json;
using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>A Group as a client writes it (POST, PUT): a display name, which becomes the unit's name, and members.</summary>
public sealed record ScimGroupValues(string DisplayName, IReadOnlyList<string> MemberIds)
{
    public const int NameLimit = 120;

    public static ScimGroupValues FromJson(JsonObject body) =>
        new(DisplayNameOf(ScimJson.Child(body, "displayName")),
            ScimJson.Child(body, "members") is { } members ? ScimGroupPatch.MemberIds(members).ToList() : []);

    public static string DisplayNameOf(JsonNode? value) =>
        value is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Trim() is { Length: > 0 and <= NameLimit } name
            ? name
            : throw ScimException.InvalidValue($"displayName is required: a string of 1 to {NameLimit} characters.");
}
