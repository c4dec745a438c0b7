using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

public enum ScimPatchOp
{
    Add,
    Replace,
    Remove,
}

/// <summary>One operation of a PatchOp request (RFC 7644 §3.5.2); <c>op</c> is read case-insensitively, as Entra ID sends "Replace".</summary>
public sealed record ScimPatchOperation(ScimPatchOp Op, ScimPath? Path, string? PathText, JsonNode? Value)
{
    public static IReadOnlyList<ScimPatchOperation> ListFrom(JsonObject body)
    {
        if (ScimJson.Child(body, "Operations") is not JsonArray operations || operations.Count == 0)
        {
            throw ScimException.InvalidSyntax("A PATCH needs an Operations array with at least one operation.");
        }

        return operations.Select(Of).ToList();
    }

    private static ScimPatchOperation Of(JsonNode? node)
    {
        if (node is not JsonObject operation)
        {
            throw ScimException.InvalidSyntax("Each operation must be an object with op, path and value.");
        }

        var op = ScimJson.String(operation, "op")?.ToLowerInvariant() switch
        {
            "add" => ScimPatchOp.Add,
            "replace" => ScimPatchOp.Replace,
            "remove" => ScimPatchOp.Remove,
            var other => throw ScimException.InvalidSyntax($"'{other}' is not a PATCH op; use add, replace or remove."),
        };
        var pathText = ScimJson.String(operation, "path");
        var path = string.IsNullOrWhiteSpace(pathText) ? null : ScimFilter.ParsePath(pathText);
        var value = ScimJson.Child(operation, "value");
        if (path is null && (op == ScimPatchOp.Remove || value is not JsonObject))
        {
            // RFC 7644 §3.5.2.2 and .1: remove needs a path; add or replace without one needs an object of attributes.
            throw new ScimException(400, op == ScimPatchOp.Remove ? "noTarget" : "invalidValue", op == ScimPatchOp.Remove ? "remove needs a path." : "An operation without a path needs an object value.");
        }

        return new ScimPatchOperation(op, path, pathText, value);
    }

    /// <summary>An operation without a path, split into one operation per attribute of its value (sub-objects such as name or an extension become dotted paths).</summary>
    public IEnumerable<ScimPatchOperation> Expanded()
    {
        if (Path is not null)
        {
            return [this];
        }

        return ((JsonObject)Value!).SelectMany(p => p.Value is JsonObject inner && !p.Key.Equals("manager", StringComparison.OrdinalIgnoreCase)
            ? inner.Select(i => Attribute(p.Key.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? $"{p.Key}:{i.Key}" : $"{p.Key}.{i.Key}", i.Value))
            : [Attribute(p.Key, p.Value)]);
    }

    private ScimPatchOperation Attribute(string path, JsonNode? value) => this with { Path = ScimFilter.ParsePath(path), PathText = path, Value = value?.DeepClone() };
}
