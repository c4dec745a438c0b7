using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Accounts;

[Authorize]
[Route("profile")]
public sealed class ProfileController(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountAnonymiser anonymiser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(ProfileForm.From(user));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(ProfileForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        form.Email = user.Email ?? "";
        if (form.BirthDateProblem() is var (field, message))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        form.ApplyTo(user);
        await users.UpdateAsync(user);
        TempData["Status"] = "Your profile was saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("password"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword);
                ModelState.AddModelError(field, error.Code == "PasswordMismatch" ? "The current password is not correct." : error.Description);
            }

            return View(form);
        }

        // The security stamp changed, so other sessions end; keep this one.
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Your password was changed. Other devices are signed out.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("delete")]
    public IActionResult Delete() => View(new DeleteAccountForm());

    /// <summary>Deletes the account by anonymising it; learning records and certificates stay, as accreditation requires.</summary>
    [HttpPost("delete"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(DeleteAccountForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.ConfirmPasswordAsync(user, form.Password, ModelState, nameof(form.Password)))
        {
            return View(form);
        }

        await anonymiser.AnonymiseAsync(user.Id);
        await signIn.SignOutAsync();
        return View("Deleted");
    }
}
