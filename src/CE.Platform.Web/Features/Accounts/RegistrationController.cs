using CE.Platform.Web.Infrastructure.RateLimiting;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Self-registration and email confirmation. Responses never reveal, by content or by time, whether an address has an account.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class RegistrationController(UserManager<AppUser> users, SelfRegistration registration, AccountMailQueue mail) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("register"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.AccountForms)]
    public async Task<IActionResult> Register(RegisterForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        foreach (var error in await registration.RegisterAsync(form))
        {
            ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(form.Password) : "", error.Description);
        }

        return ModelState.IsValid ? RedirectToAction(nameof(CheckEmail)) : View(form);
    }

    [HttpGet("check-email")]
    public IActionResult CheckEmail() => View();

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && code is not null
            && await users.ConfirmEmailAsync(user, EmailTokens.Decode(code)) is { Succeeded: true };
        return View(confirmed);
    }

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailForm());

    [HttpPost("resend-confirmation"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.AccountForms)]
    public async Task<IActionResult> ResendConfirmation(EmailForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // The job decides whether the address gets a link, so this answer does the same work for any address.
        mail.Enqueue(AccountEmail.Confirmation, form.Email);
        return RedirectToAction(nameof(CheckEmail));
    }
}
