using System.Globalization;
using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>A request SCIM refuses (RFC 7644 §3.12): thrown before anything is saved, answered as a SCIM error.</summary>
public sealed class ScimException(int status, string? scimType, string detail) : Exception(detail)
{
    public int Status => status;
    public string? ScimType => scimType;

    public static ScimException NotFound(string what) => new(404, null, $"{what} not found.");
    public static ScimException InvalidValue(string detail) => new(400, "invalidValue", detail);
    public static ScimException InvalidPath(string path) => new(400, "invalidPath", $"The path '{path}' is not an attribute this service keeps.");
    public static ScimException InvalidFilter(string detail) => new(400, "invalidFilter", detail);
    public static ScimException InvalidSyntax(string detail) => new(400, "invalidSyntax", detail);
    public static ScimException Uniqueness(string detail) => new(409, "uniqueness", detail);

    /// <summary>The error body: <c>{"schemas":[…Error],"status":"400","scimType":"invalidPath","detail":"…"}</c> (status is a string, as the RFC shows).</summary>
    public static JsonObject Body(int status, string? scimType, string detail)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.Error),
            ["status"] = status.ToString(CultureInfo.InvariantCulture),
            ["detail"] = detail,
        };
        if (scimType is not null)
        {
            body["scimType"] = scimType;
        }

        return body;
    }
}
