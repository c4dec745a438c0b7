using CE.Platform.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

// In the feature's namespace, so its views are found under Features/Accounts/Views/TwoFactor.
namespace CE.Platform.Web.Features.Accounts;

/// <summary>The profile's two-factor page: enrol an authenticator app, renew recovery codes, or turn it off.</summary>
[Authorize]
[Route("profile/two-factor")]
public sealed class TwoFactorController(UserManager<AppUser> users, TwoFactorEnrolment enrolment, TwoFactorRequirement requirement) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null
            ? Challenge()
            : View(new TwoFactorStatus(user.TwoFactorEnabled, await enrolment.RecoveryCodesLeftAsync(user), requirement.AppliesTo(User)));
    }

    [HttpGet("setup")]
    public async Task<IActionResult> Setup()
    {
        // An enrolled person is not shown the key again; turning it off and on shares a new one.
        var user = await users.GetUserAsync(User);
        return user switch
        {
            null => Challenge(),
            { TwoFactorEnabled: true } => RedirectToAction(nameof(Index)),
            _ => View(await SetupAsync(user, new EnableTwoFactorForm())),
        };
    }

    [HttpPost("setup"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Setup(EnableTwoFactorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && await enrolment.EnableAsync(user, form.Code) is { } codes)
        {
            return View(nameof(RecoveryCodes), new RecoveryCodes(codes));
        }

        ModelState.AddModelError(nameof(form.Code), "That code did not match. Check the app shows CE.Platform and the phone's clock is right, then try the newest code.");
        return View(await SetupAsync(user, form));
    }

    [HttpPost("recovery-codes"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        return user is not { TwoFactorEnabled: true }
            ? RedirectToAction(nameof(Index))
            : View(new RecoveryCodes(await enrolment.RegenerateRecoveryCodesAsync(user)));
    }

    [HttpGet("disable")]
    public IActionResult Disable() => View(new DisableTwoFactorForm());

    [HttpPost("disable"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable(DisableTwoFactorForm form)
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

        await enrolment.DisableAsync(user);
        TempData["Status"] = "Two-factor sign-in is off. Recovery codes no longer work.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<EnableTwoFactorForm> SetupAsync(AppUser user, EnableTwoFactorForm form)
    {
        var key = await enrolment.KeyAsync(user);
        form.GroupedKey = AuthenticatorKey.Grouped(key);
        form.QrCodeDataUri = AuthenticatorQrCode.PngDataUri(AuthenticatorKey.Uri(user.Email!, key));
        return form;
    }
}
