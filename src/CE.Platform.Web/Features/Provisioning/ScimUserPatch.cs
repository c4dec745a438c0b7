using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// Applies a User PATCH to the attributes this service keeps, all or nothing: the result is a new value,
/// and the first operation it cannot apply throws before anything is saved. Paths are matched
/// case-insensitively; a no-path operation (Okta's <c>{"op":"replace","value":{"active":false}}</c>) is
/// taken attribute by attribute.
/// </summary>
public static class ScimUserPatch
{
    /// <summary>Attributes of the User and enterprise schemas that identity providers map by default but this service does not keep (data minimisation): accepted and ignored.</summary>
    public static readonly string[] IgnoredPaths =
        ["title", "preferredlanguage", "locale", "timezone", "nickname", "usertype", "profileurl", "name.formatted", "name.middlename", "name.honorificprefix", "name.honorificsuffix", "phonenumbers", "addresses", ScimSchemas.EnterpriseUser.ToLowerInvariant()];

    public static ScimUserValues Apply(ScimUserValues current, IEnumerable<ScimPatchOperation> operations) =>
        operations.SelectMany(o => o.Expanded()).Aggregate(current, ApplyOne).Checked();

    private static ScimUserValues ApplyOne(ScimUserValues user, ScimPatchOperation operation)
    {
        var remove = operation.Op == ScimPatchOp.Remove;
        var key = operation.Path!.Key;
        return key switch
        {
            "active" => remove ? throw Required("active") : user with { Active = ScimJson.Boolean(operation.Value ?? throw Missing(operation), "active") },
            "username" => remove ? throw Required("userName") : user with { UserName = Text(operation) ?? throw Missing(operation) },
            "displayname" => user with { DisplayName = remove ? null : Text(operation) },
            "externalid" => user with { ExternalId = remove ? null : Text(operation) },
            "name.givenname" => user with { GivenName = remove ? null : Text(operation) },
            "name.familyname" => user with { FamilyName = remove ? null : Text(operation) },
            "name" when remove => user with { GivenName = null, FamilyName = null },
            "name" when operation.Value is JsonObject name => name.Aggregate(user, (u, p) => ApplyOne(u, operation with { Path = ScimFilter.ParsePath($"name.{p.Key}"), PathText = $"name.{p.Key}", Value = p.Value?.DeepClone() })),
            "emails[type eq \"work\"].value" or "emails.value" => user with { Email = remove ? null : Text(operation) },
            "emails" => user with { Email = remove ? null : ScimUserValues.FromJson(new JsonObject { ["userName"] = user.UserName, ["emails"] = operation.Value?.DeepClone() }).Email },
            _ when key is "id" or "meta" or "groups" || key.StartsWith(ScimSchemas.Membership, StringComparison.OrdinalIgnoreCase) => throw new ScimException(400, "mutability", $"{operation.PathText} is read-only."),
            _ when IgnoredPaths.Any(p => key == p || key.StartsWith(p + ".", StringComparison.Ordinal) || key.StartsWith(p + "[", StringComparison.Ordinal) || key.StartsWith(p + ":", StringComparison.Ordinal)) => user,
            _ => throw ScimException.InvalidPath(operation.PathText ?? key),
        };
    }

    // Some clients wrap a single value in an array ([{"value":"x"}]) or an object; take its value.
    private static string? Text(ScimPatchOperation operation) => operation.Value switch
    {
        null => null,
        JsonArray { Count: 1 } array when array[0] is JsonObject item => ScimJson.String(item, "value"),
        JsonObject item => ScimJson.String(item, "value"),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        _ => throw ScimException.InvalidValue($"{operation.PathText} must be a string."),
    };

    private static ScimException Missing(ScimPatchOperation operation) => ScimException.InvalidValue($"{operation.PathText} needs a value.");

    private static ScimException Required(string attribute) => ScimException.InvalidValue($"{attribute} is required and cannot be removed.");
}
