using System.Security.Claims;
using CE.Platform.Web.Features.Accounts.Sessions;
using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Opens the page of an embedded session in a window of its own (<see cref="EmbeddedWindowHandOff"/>).</summary>
[AllowAnonymous]
[Route("account/embedded")]
public sealed class EmbeddedWindowController(EmbeddedWindowHandOff handOff, UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorRequirement twoFactor, AuditLog audit) : Controller
{
    /// <summary>
    /// Posted by the framed page into a new window, which has none of the embedded session's cookies (so no
    /// antiforgery cookie either): the ticket, bound to the account's security stamp and two minutes old at most, stands in.
    /// </summary>
    [HttpPost("window"), IgnoreAntiforgeryToken]
    public async Task<IActionResult> Window([FromForm] string? ticket)
    {
        var read = handOff.Read(ticket);
        var user = read is null ? null : await users.FindByIdAsync(read.UserId);
        if (read is null || user is null || await users.GetSecurityStampAsync(user) != read.SecurityStamp || await users.IsLockedOutAsync(user)
            || twoFactor.AppliesTo(await signIn.CreateUserPrincipalAsync(user)))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("WindowRefused");
        }

        // The completion made in the new window records the launch's channel and placement, as it would in the frame.
        var claims = new List<Claim>();
        if (read.Channel is { } channel)
        {
            claims.Add(new Claim(CompletionChannels.Claim, channel));
        }

        if (read.LtiLink is { } link)
        {
            claims.Add(new Claim(CompletionChannels.LtiLinkClaim, link));
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        await audit.RecordNowAsync("sign-in.embedded-window", user.Email ?? user.Id, read.Path);
        return LocalRedirect(read.Path);
    }
}
