using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.RateLimiting;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Accounts;

[Route("account")]
public sealed class SignInController(PasswordSignIn passwordSignIn, TwoFactorSignIn twoFactorSignIn, SignInManager<AppUser> signIn, SsoDirectory sso, SsoSignOut ssoSignOut)
    : Controller
{
    public const string RefusedMessage =
        "Sign-in failed: check your email address and password. After several failed attempts an account is locked for a few minutes.";

    public const string SsoRequiredMessage =
        "Your organisation signs you in with single sign-on, so password sign-in is off for your address. Leave the password empty and continue.";

    public const string CodeRefusedMessage =
        "That code did not work. Use the newest code from your app, or an unused recovery code. After several failed attempts an account is locked for a few minutes.";

    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.AccountForms)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // Home-realm discovery: the address alone decides; a password typed anyway goes the password way.
        if (string.IsNullOrEmpty(form.Password))
        {
            if (await sso.ForEmailAsync(form.Email) is { } provider)
            {
                SsoRequestOrganisation.Set(HttpContext, provider);
                return await this.HandOffAsync(() => HttpContext.ChallengeAsync(SsoScheme.Name, SsoChallenge.Properties(provider, form.Email, form.ReturnUrl)),
                    $"Continuing to {provider.OrganisationName}'s sign-in", "Your organisation signs you in with its own sign-in service; its page opens next.");
            }

            return PasswordStep(form);
        }

        switch (await passwordSignIn.SignInAsync(form.Email, form.Password, form.RememberMe))
        {
            case SignInOutcome.SignedIn:
                return ToReturnUrl(form.ReturnUrl);
            case SignInOutcome.TwoFactorRequired:
                return RedirectToAction(nameof(SecondStep), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
            case SignInOutcome.EmailNotConfirmed:
                ModelState.AddModelError("", "Confirm your email address first: use the link we sent you, or ask for a new one below.");
                ViewData["ShowResend"] = true;
                return View(form);
            case SignInOutcome.SsoRequired:
                ModelState.AddModelError("", SsoRequiredMessage);
                return View(form);
            default:
                ModelState.AddModelError("", RefusedMessage);
                return PasswordStep(form);
        }
    }

    /// <summary>Only between the password and the code: with no password step pending there is no one to ask a code of.</summary>
    [AllowAnonymous, HttpGet("login/two-factor")]
    public async Task<IActionResult> SecondStep(string? returnUrl, bool rememberMe) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login), new { returnUrl })
            : View(new SecondStepForm { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [AllowAnonymous, HttpPost("login/two-factor"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.AccountForms)]
    public async Task<IActionResult> SecondStep(SecondStepForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        switch (await twoFactorSignIn.SignInAsync(form.Code, form.RememberMe, form.RememberDevice))
        {
            case SignInOutcome.SignedIn:
                return ToReturnUrl(form.ReturnUrl);
            case SignInOutcome.StartAgain:
                TempData["Status"] = "That sign-in took too long. Enter your email and password again.";
                return RedirectToAction(nameof(Login), new { returnUrl = form.ReturnUrl });
            default:
                ModelState.AddModelError(nameof(form.Code), CodeRefusedMessage);
                return View(form);
        }
    }

    [HttpPost("logout"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        // After a single sign-on, the provider's session ends too when it offers an end-session endpoint.
        var providerSignOut = await ssoSignOut.PrepareAsync(HttpContext);
        await signIn.SignOutAsync();
        return providerSignOut is null
            ? Redirect("/")
            : await this.HandOffAsync(() => HttpContext.SignOutAsync(SsoScheme.Name, providerSignOut),
                "Signing you out of your organisation's sign-in", "You are signed out of this site; your organisation's sign-in service asks next whether to end its session too.");
    }

    [AllowAnonymous, HttpGet("access-denied")]
    public IActionResult AccessDenied() => View();

    private ViewResult PasswordStep(LoginForm form)
    {
        ViewData["PasswordStep"] = true;
        return View(form);
    }

    private IActionResult ToReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/");
}
