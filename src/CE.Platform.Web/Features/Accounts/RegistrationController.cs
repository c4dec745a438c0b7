using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Self-registration and email confirmation. Responses never reveal whether an address has an account.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class RegistrationController(UserManager<AppUser> users, AccountEmails emails, TimeProvider clock) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("register"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Register(RegisterForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await users.FindByEmailAsync(form.Email) is { } existing)
        {
            await emails.SendAlreadyRegisteredAsync(existing);
            return RedirectToAction(nameof(CheckEmail));
        }

        var user = new AppUser
        {
            UserName = form.Email,
            Email = form.Email,
            FullName = form.FullName.Trim(),
            Credential = form.Credential?.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(form.Password) : "", error.Description);
            }

            return View(form);
        }

        await users.AddToRoleAsync(user, Roles.Learner);
        await emails.SendConfirmationAsync(user);
        return RedirectToAction(nameof(CheckEmail));
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

    [HttpPost("resend-confirmation"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> ResendConfirmation(EmailForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await users.FindByEmailAsync(form.Email) is { EmailConfirmed: false } user)
        {
            await emails.SendConfirmationAsync(user);
        }

        return RedirectToAction(nameof(CheckEmail));
    }
}
