using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// What every SCIM endpoint shares: bearer-token authentication only (no cookie, so no antiforgery),
/// the caller's organisation, JSON bodies read by hand (so bad JSON is SCIM's invalidSyntax), and
/// answers in <c>application/scim+json</c>, errors included.
/// </summary>
[Authorize(AuthenticationSchemes = ScimAuthentication.SchemeName)]
[IgnoreAntiforgeryToken]
[Route("scim/v2")]
public abstract class ScimControllerBase : Controller
{
    protected int OrganisationId => int.Parse(User.FindFirst(ScimAuthentication.OrganisationClaim)!.Value, CultureInfo.InvariantCulture);

    protected async Task<JsonObject> BodyAsync()
    {
        using var reader = new StreamReader(Request.Body);
        return ScimJson.Parse(await reader.ReadToEndAsync(HttpContext.RequestAborted));
    }

    protected static ContentResult Scim(JsonObject body, int status = StatusCodes.Status200OK) =>
        new() { Content = body.ToJsonString(), ContentType = ScimSchemas.ContentType, StatusCode = status };

    /// <summary>201 with the resource and its Location (RFC 7644 §3.3).</summary>
    protected ContentResult Created(JsonObject resource)
    {
        Response.Headers.Location = resource["meta"]?["location"]?.GetValue<string>();
        return Scim(resource, StatusCodes.Status201Created);
    }

    public override void OnActionExecuted(ActionExecutedContext context)
    {
        var (status, scimType, detail) = context.Exception switch
        {
            ScimException e => (e.Status, e.ScimType, e.Message),
            // Two requests raced for the same userName or group name: the unique index settled it.
            DbUpdateException => (StatusCodes.Status409Conflict, "uniqueness", "Another request created the same resource at the same time; nothing was changed."),
            _ => (0, null, ""),
        };
        if (status != 0)
        {
            context.Result = Scim(ScimException.Body(status, scimType, detail), status);
            context.ExceptionHandled = true;
        }
    }
}
