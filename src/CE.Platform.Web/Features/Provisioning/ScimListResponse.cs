using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>Paging of a list request (RFC 7644 §3.4.2.4): startIndex is 1-based (below 1 means 1), count at most <see cref="MaxCount"/>.</summary>
public sealed record ScimPage(int StartIndex, int Count)
{
    public const int MaxCount = 200;

    public int Skip => StartIndex - 1;

    public static ScimPage From(StringValues startIndex, StringValues count) =>
        new(Math.Max(1, Number(startIndex, "startIndex") ?? 1), Math.Clamp(Number(count, "count") ?? 100, 0, MaxCount));

    public JsonObject Response(int totalResults, IEnumerable<JsonObject> resources)
    {
        var list = new JsonArray([.. resources]);
        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.ListResponse),
            ["totalResults"] = totalResults,
            ["startIndex"] = StartIndex,
            ["itemsPerPage"] = list.Count,
            ["Resources"] = list,
        };
    }

    private static int? Number(StringValues text, string name) =>
        StringValues.IsNullOrEmpty(text) ? null
        : int.TryParse(text.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw ScimException.InvalidValue($"{name} must be a whole number.");
}
