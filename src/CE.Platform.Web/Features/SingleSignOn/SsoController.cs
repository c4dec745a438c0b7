using System.Globalization;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>Where the handler sends a person after the provider: the account step, or a page saying why not.</summary>
[AllowAnonymous]
[Route("account/sso")]
public sealed class SsoController(SsoSignIn ssoSignIn) : Controller
{
    [HttpGet("complete")]
    public async Task<IActionResult> Complete()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded
            || external.Properties?.Items.TryGetValue(SsoScheme.OrganisationItem, out var organisation) != true
            || !int.TryParse(organisation, CultureInfo.InvariantCulture, out var organisationId))
        {
            return RedirectToAction(nameof(Failed));
        }

        var result = await ssoSignIn.CompleteAsync(organisationId, SsoAssertion.From(external.Principal!), external.Properties.GetTokenValue("id_token"));
        external.Properties.Items.TryGetValue(SsoChallenge.ReturnUrlItem, out var returnUrl);
        return result.Outcome switch
        {
            SsoOutcome.SignedIn => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/"),
            SsoOutcome.TwoFactorRequired => RedirectToAction(nameof(SignInController.SecondStep), "SignIn", new { returnUrl }),
            _ => View("Refused", result.Refusal),
        };
    }

    /// <summary>The provider's answer failed the handler's checks (state, nonce, signature, lifetime) or was an error.</summary>
    [HttpGet("failed")]
    public IActionResult Failed() => View();
}
