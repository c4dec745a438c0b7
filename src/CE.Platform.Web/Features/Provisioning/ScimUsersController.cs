using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>SCIM Users (RFC 7644 §3): the organisation's provisioned people.</summary>
public sealed class ScimUsersController(ScimUserQuery query, ScimUserWrites writes) : ScimControllerBase
{
    [HttpGet("Users")]
    public async Task<IActionResult> List([FromQuery] string? filter, CancellationToken cancellationToken) =>
        Scim(await query.ListAsync(OrganisationId, filter, ScimPage.From(Request.Query["startIndex"], Request.Query["count"]), cancellationToken));

    [HttpGet("Users/{id}")]
    public async Task<IActionResult> Get(string id, CancellationToken cancellationToken) =>
        Scim(await query.GetAsync(OrganisationId, id, cancellationToken));

    [HttpPost("Users")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        Created(await writes.CreateAsync(OrganisationId, await BodyAsync(), cancellationToken));

    [HttpPut("Users/{id}")]
    public async Task<IActionResult> Replace(string id, CancellationToken cancellationToken) =>
        Scim(await writes.ReplaceAsync(OrganisationId, id, await BodyAsync(), cancellationToken));

    [HttpPatch("Users/{id}")]
    public async Task<IActionResult> Patch(string id, CancellationToken cancellationToken) =>
        Scim(await writes.PatchAsync(OrganisationId, id, await BodyAsync(), cancellationToken));

    [HttpDelete("Users/{id}")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await writes.DeleteAsync(OrganisationId, id, cancellationToken);
        return NoContent();
    }
}
