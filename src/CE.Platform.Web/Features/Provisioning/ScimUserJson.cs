using System.Globalization;
using System.Text.Json.Nodes;
using CE.Platform.Web.Infrastructure;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>Where the person stands in the organisation, shown in the read-only membership extension.</summary>
public enum ScimMembershipState
{
    Member,
    Pending,
    Inactive,
    NotMember,
}

/// <summary>A ScimUser as a User resource (RFC 7643 §4.1): only what the client sent, never the account's own profile.</summary>
public sealed class ScimUserJson(PublicUrls urls)
{
    public JsonObject Render(ScimUser user, ScimMembershipState state)
    {
        var resource = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.User, ScimSchemas.Membership),
            ["id"] = user.Id,
            ["userName"] = user.UserName,
            ["active"] = user.Active,
        };
        Add(resource, "externalId", user.ExternalId);
        Add(resource, "displayName", user.DisplayName);
        if (user.GivenName is not null || user.FamilyName is not null)
        {
            var name = new JsonObject();
            Add(name, "givenName", user.GivenName);
            Add(name, "familyName", user.FamilyName);
            resource["name"] = name;
        }

        if (user.Email is not null)
        {
            resource["emails"] = new JsonArray(new JsonObject { ["value"] = user.Email, ["type"] = "work", ["primary"] = true });
        }

        resource[ScimSchemas.Membership] = new JsonObject { ["state"] = Describe(state) };
        resource["meta"] = Meta("User", urls.For($"/scim/v2/Users/{user.Id}"), user.CreatedAtUtc, user.ModifiedAtUtc);
        return resource;
    }

    public static JsonObject Meta(string resourceType, string location, DateTime created, DateTime modified) => new()
    {
        ["resourceType"] = resourceType,
        ["created"] = Timestamp(created),
        ["lastModified"] = Timestamp(modified),
        ["location"] = location,
        ["version"] = $"W/\"{modified.Ticks.ToString(CultureInfo.InvariantCulture)}\"",
    };

    public static string Describe(ScimMembershipState state) => state switch
    {
        ScimMembershipState.Member => "member",
        ScimMembershipState.Pending => "pending",
        ScimMembershipState.Inactive => "inactive",
        _ => "not-member",
    };

    private static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static void Add(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
