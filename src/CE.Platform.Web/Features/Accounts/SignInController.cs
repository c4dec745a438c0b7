using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CE.Platform.Web.Features.Accounts;

[Route("account")]
public sealed class SignInController(PasswordSignIn passwordSignIn, SignInManager<AppUser> signIn) : Controller
{
    public const string RefusedMessage =
        "Sign-in failed: check your email address and password. After several failed attempts an account is locked for a few minutes.";

    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        switch (await passwordSignIn.SignInAsync(form.Email, form.Password, form.RememberMe))
        {
            case SignInOutcome.SignedIn:
                return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : Redirect("/");
            case SignInOutcome.EmailNotConfirmed:
                ModelState.AddModelError("", "Confirm your email address first: use the link we sent you, or ask for a new one below.");
                ViewData["ShowResend"] = true;
                return View(form);
            default:
                ModelState.AddModelError("", RefusedMessage);
                return View(form);
        }
    }

    [HttpPost("logout"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [AllowAnonymous, HttpGet("access-denied")]
    public IActionResult AccessDenied() => View();
}
