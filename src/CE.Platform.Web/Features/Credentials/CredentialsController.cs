using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Credentials;

/// <summary>Open Badges 3.0 credentials for a learner's certificates, and the public issuer profile and status lists.</summary>
public sealed class CredentialsController(OpenBadgeCredentials badges, CertificateQueries certificates, AppDbContext db) : Controller
{
    public const string JwtMediaType = "application/vc+jwt";

    [AllowAnonymous, HttpGet("/credentials/issuer")]
    public IActionResult Issuer() => Json(badges.IssuerProfile());

    [AllowAnonymous, HttpGet("/credentials/status/{list:int:min(1)}")]
    public async Task<IActionResult> StatusList(int list, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-cache";
        return Content(await badges.SignAsync(await badges.StatusListCredentialAsync(list, cancellationToken), cancellationToken), JwtMediaType);
    }

    [AllowAnonymous, HttpGet("/credentials/status/{list:int:min(1)}.json")]
    public async Task<IActionResult> StatusListJson(int list, CancellationToken cancellationToken) =>
        Json(await badges.StatusListCredentialAsync(list, cancellationToken));

    [Authorize, HttpGet("/certificates/{number}/badge.json")]
    public async Task<IActionResult> BadgeJson(string number, CancellationToken cancellationToken) =>
        await CredentialAsync(number, cancellationToken) is { } credential
            ? File(System.Text.Encoding.UTF8.GetBytes(credential.ToJsonString()), "application/json", $"{number}-open-badge.json")
            : NotFound();

    [Authorize, HttpGet("/certificates/{number}/badge.jwt")]
    public async Task<IActionResult> BadgeJwt(string number, CancellationToken cancellationToken) =>
        await CredentialAsync(number, cancellationToken) is { } credential
            ? File(System.Text.Encoding.ASCII.GetBytes(await badges.SignAsync(credential, cancellationToken)), JwtMediaType, $"{number}-open-badge.jwt")
            : NotFound();

    private async Task<System.Text.Json.Nodes.JsonObject?> CredentialAsync(string number, CancellationToken cancellationToken)
    {
        if (await certificates.ForDownloadAsync(number, User.Id(), User.IsInRole(Roles.Admin), cancellationToken) is not { Status: CertificateStatus.Valid } certificate)
        {
            return null;
        }

        var email = await db.Users.Where(u => u.Id == certificate.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return email is null ? null : await badges.CredentialAsync(certificate, email, cancellationToken);
    }
}
