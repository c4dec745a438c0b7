using System.Text.Json.Nodes;
using CE.Platform.Web.Infrastructure;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>The discovery resources of RFC 7644 §4: what this service supports, its resource types and the attributes it keeps.</summary>
public sealed class ScimDiscovery(PublicUrls urls)
{
    public JsonObject ServiceProviderConfig() => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.ServiceProviderConfig),
        ["patch"] = new JsonObject { ["supported"] = true },
        ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = ScimPage.MaxCount },
        ["changePassword"] = new JsonObject { ["supported"] = false },
        ["sort"] = new JsonObject { ["supported"] = false },
        ["etag"] = new JsonObject { ["supported"] = false },
        ["authenticationSchemes"] = new JsonArray(new JsonObject
        {
            ["type"] = "oauthbearertoken",
            ["name"] = "Bearer token",
            ["description"] = "A token an administrator issues on the organisation's provisioning page.",
            ["primary"] = true,
        }),
        ["meta"] = new JsonObject { ["resourceType"] = "ServiceProviderConfig", ["location"] = urls.For("/scim/v2/ServiceProviderConfig") },
    };

    public JsonObject ResourceTypes() => List([ResourceType("User", "/Users", ScimSchemas.User), ResourceType("Group", "/Groups", ScimSchemas.Group)]);

    public JsonObject? ResourceTypeOf(string name) => ResourceTypes()["Resources"]!.AsArray().OfType<JsonObject>()
        .FirstOrDefault(r => r["id"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase))?.DeepClone().AsObject();

    public JsonObject Schemas() => List([UserSchema(), GroupSchema()]);

    public JsonObject? SchemaOf(string urn) => Schemas()["Resources"]!.AsArray().OfType<JsonObject>()
        .FirstOrDefault(r => r["id"]!.GetValue<string>() == urn)?.DeepClone().AsObject();

    private JsonObject UserSchema() => Schema(ScimSchemas.User, "User", "A person the organisation provisions.",
        Attribute("userName", "string", required: true, uniqueness: "server", description: "Unique in the organisation, case-insensitive; usually the UPN or email."),
        Attribute("name", "complex", subAttributes: [Attribute("givenName", "string"), Attribute("familyName", "string")]),
        Attribute("displayName", "string", description: "The name printed on certificates of an account the organisation owns."),
        Attribute("emails", "complex", multiValued: true, subAttributes: [Attribute("value", "string"), Attribute("type", "string"), Attribute("primary", "boolean")]),
        Attribute("active", "boolean", description: "False ends the membership and the person's sessions; true restores it."),
        Attribute("externalId", "string", caseExact: true));

    private JsonObject GroupSchema() => Schema(ScimSchemas.Group, "Group", "A unit of the organisation.",
        Attribute("displayName", "string", required: true, uniqueness: "server"),
        Attribute("members", "complex", multiValued: true, subAttributes: [Attribute("value", "string", mutability: "immutable"), Attribute("display", "string", mutability: "readOnly")]));

    private JsonObject Schema(string id, string name, string description, params JsonObject[] attributes) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.Schema),
        ["id"] = id,
        ["name"] = name,
        ["description"] = description,
        ["attributes"] = new JsonArray([.. attributes]),
        ["meta"] = new JsonObject { ["resourceType"] = "Schema", ["location"] = urls.For($"/scim/v2/Schemas/{id}") },
    };

    private static JsonObject Attribute(string name, string type, bool required = false, bool multiValued = false, bool caseExact = false,
        string uniqueness = "none", string mutability = "readWrite", string? description = null, JsonObject[]? subAttributes = null)
    {
        var attribute = new JsonObject
        {
            ["name"] = name, ["type"] = type, ["multiValued"] = multiValued, ["required"] = required, ["caseExact"] = caseExact,
            ["mutability"] = mutability, ["returned"] = "default", ["uniqueness"] = uniqueness,
        };
        if (description is not null)
        {
            attribute["description"] = description;
        }

        if (subAttributes is not null)
        {
            attribute["subAttributes"] = new JsonArray([.. subAttributes]);
        }

        return attribute;
    }

    private JsonObject ResourceType(string name, string endpoint, string schema) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.ResourceType),
        ["id"] = name,
        ["name"] = name,
        ["endpoint"] = endpoint,
        ["schema"] = schema,
        ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = urls.For($"/scim/v2/ResourceTypes/{name}") },
    };

    private static JsonObject List(JsonObject[] resources) => new ScimPage(1, resources.Length).Response(resources.Length, resources);
}
