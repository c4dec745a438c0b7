using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// The emailed invitation link: after signing in, the invitee reads what the organisation would see
/// and accepts (choosing earlier completions to share) or declines. A link that cannot be answered
/// gets a page saying why, and nothing changes.
/// </summary>
[Authorize]
[Route("invitations/{token}")]
public sealed class InvitationsController(InvitationResponses responses, UserManager<AppUser> users, SignInManager<AppUser> signIn) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken) =>
        await responses.ViewAsync(token, User.Id(), cancellationToken) is { } invitation ? View(invitation) : NotFound();

    [HttpPost("accept"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Accept(string token, int[]? share, CancellationToken cancellationToken) =>
        await AnsweredAsync(token, await responses.AcceptAsync(token, User.Id(), share ?? [], cancellationToken), "You joined. The organisation sees your records from today and the completions you chose to share; you can change this on your profile.", cancellationToken);

    [HttpPost("decline"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Decline(string token, CancellationToken cancellationToken) =>
        await AnsweredAsync(token, await responses.DeclineAsync(token, User.Id(), cancellationToken), "You declined the invitation. The organisation sees nothing of yours.", cancellationToken);

    private async Task<IActionResult> AnsweredAsync(string token, InvitationProblem problem, string done, CancellationToken cancellationToken)
    {
        if (problem == InvitationProblem.Unknown)
        {
            return NotFound();
        }

        if (problem != InvitationProblem.None)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Show", await responses.ViewAsync(token, User.Id(), cancellationToken));
        }

        // An invitation as coordinator adds the role: refresh the cookie so the coordinator pages open at once.
        if (await users.GetUserAsync(User) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        TempData["Status"] = done;
        return Redirect("/profile/organisations");
    }
}
