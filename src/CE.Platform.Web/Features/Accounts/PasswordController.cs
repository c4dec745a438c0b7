using CE.Platform.Web.Infrastructure.RateLimiting;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Forgotten-password flow. The request answer is the same, and as quick, whether or not the address has an account.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class PasswordController(UserManager<AppUser> users, AccountMailQueue mail) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailForm());

    [HttpPost("forgot-password"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.AccountForms)]
    public async Task<IActionResult> ForgotPassword(EmailForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // The job decides whether the address gets a link, so this answer does the same work for any address.
        mail.Enqueue(AccountEmail.PasswordReset, form.Email);
        return View("ForgotPasswordSent");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        userId is null || code is null
            ? View("ResetPasswordInvalid")
            : View(new ResetPasswordForm { UserId = userId, Code = code });

    [HttpPost("reset-password"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.AccountForms)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByIdAsync(form.UserId);
        var result = user is null
            ? IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken())
            : await users.ResetPasswordAsync(user, EmailTokens.Decode(form.Code), form.Password);
        if (result.Succeeded)
        {
            // A reset proves control of the mailbox, so it also ends a lockout and confirms an invited address.
            await users.SetLockoutEndDateAsync(user!, null);
            if (!user!.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            await users.ResetAccessFailedCountAsync(user!);
            return View("ResetPasswordDone");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code == "InvalidToken" ? "" : nameof(form.Password),
                error.Code == "InvalidToken" ? "This reset link is invalid or has expired. Ask for a new one." : error.Description);
        }

        return View(form);
    }
}
