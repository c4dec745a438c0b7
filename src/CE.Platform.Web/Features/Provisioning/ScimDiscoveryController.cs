using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>The discovery endpoints (RFC 7644 §4). They need the token too: nothing under /scim/v2 answers without one.</summary>
public sealed class ScimDiscoveryController(ScimDiscovery discovery) : ScimControllerBase
{
    [HttpGet("ServiceProviderConfig")]
    public IActionResult ServiceProviderConfig() => Scim(discovery.ServiceProviderConfig());

    [HttpGet("ResourceTypes")]
    public IActionResult ResourceTypes() => Scim(discovery.ResourceTypes());

    [HttpGet("ResourceTypes/{name}")]
    public IActionResult ResourceType(string name) => Found(discovery.ResourceTypeOf(name), $"ResourceType {name}");

    [HttpGet("Schemas")]
    public IActionResult Schemas() => Scim(discovery.Schemas());

    [HttpGet("Schemas/{urn}")]
    public IActionResult Schema(string urn) => Found(discovery.SchemaOf(urn), $"Schema {urn}");

    private static ContentResult Found(System.Text.Json.Nodes.JsonObject? resource, string what) =>
        resource is null ? throw ScimException.NotFound(what) : Scim(resource);
}
