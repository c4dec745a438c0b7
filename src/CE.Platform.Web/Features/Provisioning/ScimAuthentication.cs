using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// The SCIM endpoints' own authentication: <c>Authorization: Bearer &lt;token&gt;</c> names the organisation.
/// No cookie is read, so a signed-in browser cannot be made to call SCIM, and no antiforgery applies.
/// A missing, unknown or revoked token is answered 401 in SCIM's error shape.
/// </summary>
public sealed class ScimAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ScimTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Scim";
    public const string OrganisationClaim = "ce.scim-organisation";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.AuthenticateAsync(header.Parameter.Trim(), Context.RequestAborted) is not { } caller)
        {
            return AuthenticateResult.Fail("The bearer token is unknown or revoked.");
        }

        // The audit log names the actor by ClaimTypes.Name: the token, so every change says which client made it.
        var identity = new ClaimsIdentity(
            [new Claim(OrganisationClaim, caller.OrganisationId.ToString(CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, $"SCIM token '{caller.TokenName}'")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"scim\"";
        Response.ContentType = ScimSchemas.ContentType;
        await Response.WriteAsync(ScimException.Body(401, null, "A valid bearer token of the organisation is required (Authorization: Bearer <token>); it may have been revoked.").ToJsonString());
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.ContentType = ScimSchemas.ContentType;
        await Response.WriteAsync(ScimException.Body(403, null, "This token may not do that.").ToJsonString());
    }
}
