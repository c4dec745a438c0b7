using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>SCIM Groups: the organisation's units. <c>excludedAttributes=members</c> (Entra ID's lookup) leaves the members out.</summary>
public sealed class ScimGroupsController(ScimGroups groups) : ScimControllerBase
{
    private bool WithMembers => !Request.Query["excludedAttributes"].ToString().Contains("members", StringComparison.OrdinalIgnoreCase);

    [HttpGet("Groups")]
    public async Task<IActionResult> List([FromQuery] string? filter, CancellationToken cancellationToken) =>
        Scim(await groups.ListAsync(OrganisationId, filter, ScimPage.From(Request.Query["startIndex"], Request.Query["count"]), WithMembers, cancellationToken));

    [HttpGet("Groups/{id}")]
    public async Task<IActionResult> Get(string id, CancellationToken cancellationToken) =>
        Scim(await groups.GetAsync(OrganisationId, id, WithMembers, cancellationToken));

    [HttpPost("Groups")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        Created(await groups.CreateAsync(OrganisationId, await BodyAsync(), cancellationToken));

    [HttpPut("Groups/{id}")]
    public async Task<IActionResult> Replace(string id, CancellationToken cancellationToken) =>
        Scim(await groups.ReplaceAsync(OrganisationId, id, await BodyAsync(), cancellationToken));

    [HttpPatch("Groups/{id}")]
    public async Task<IActionResult> Patch(string id, CancellationToken cancellationToken) =>
        Scim(await groups.PatchAsync(OrganisationId, id, await BodyAsync(), cancellationToken));

    [HttpDelete("Groups/{id}")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await groups.DeleteAsync(OrganisationId, id, cancellationToken);
        return NoContent();
    }
}
