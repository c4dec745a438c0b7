using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>A group's name and members after a PATCH.</summary>
public sealed record ScimGroupState(string DisplayName, IReadOnlySet<string> MemberIds);

/// <summary>
/// Applies a Group PATCH, all or nothing: displayName replace (Entra ID's rename), members add and remove
/// with value arrays, <c>members[value eq "id"]</c> remove, members replace. Other paths are invalidPath.
/// </summary>
public static class ScimGroupPatch
{
    public static ScimGroupState Apply(ScimGroupState current, IEnumerable<ScimPatchOperation> operations) =>
        operations.SelectMany(o => o.Expanded()).Aggregate(current, ApplyOne);

    private static ScimGroupState ApplyOne(ScimGroupState group, ScimPatchOperation operation)
    {
        var path = operation.Path!;
        switch (path.Key, operation.Op)
        {
            case ("displayname", ScimPatchOp.Remove):
                throw ScimException.InvalidValue("displayName is required and cannot be removed.");
            case ("displayname", _):
                return group with { DisplayName = ScimGroupValues.DisplayNameOf(operation.Value) };
            case ("externalid", _) or ("id", ScimPatchOp.Replace):
                // Okta's rename repeats the group's id beside the new displayName; the id itself never changes.
                return group;
            case ("members", ScimPatchOp.Add):
                return group with { MemberIds = group.MemberIds.Union(MemberIds(operation.Value)).ToHashSet() };
            case ("members", ScimPatchOp.Replace):
                return group with { MemberIds = MemberIds(operation.Value).ToHashSet() };
            case ("members", ScimPatchOp.Remove):
                return group with { MemberIds = operation.Value is null ? new HashSet<string>() : group.MemberIds.Except(MemberIds(operation.Value)).ToHashSet() };
            case var (_, op) when path is { Attribute: var a, FilterAttribute: var f, SubAttribute: null } && a.Equals("members", StringComparison.OrdinalIgnoreCase)
                && f?.Equals("value", StringComparison.OrdinalIgnoreCase) == true && op == ScimPatchOp.Remove:
                return group with { MemberIds = group.MemberIds.Where(id => id != path.FilterValue).ToHashSet() };
            default:
                throw ScimException.InvalidPath(operation.PathText ?? path.Key);
        }
    }

    /// <summary>The ids of a members value: an array of <c>{"value":"id"}</c> (or one such object).</summary>
    public static IEnumerable<string> MemberIds(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(item => item is JsonObject member && ScimJson.String(member, "value") is { Length: > 0 } id
            ? id
            : throw ScimException.InvalidValue("Each member must be an object with a value (the user's id).")).ToList(),
        JsonObject member => MemberIds(new JsonArray(member.DeepClone())),
        _ => throw ScimException.InvalidValue("members needs an array of {\"value\": id}."),
    };
}
