using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Grave account changes ask for the password again, so a session left open on a shared computer cannot make them.</summary>
internal static class PasswordConfirmation
{
    /// <summary>True when the form is valid and <paramref name="password"/> is right; otherwise the field says why.</summary>
    public static async Task<bool> ConfirmPasswordAsync(this UserManager<AppUser> users, AppUser user, string password, ModelStateDictionary modelState, string field)
    {
        if (modelState.IsValid && !await users.CheckPasswordAsync(user, password))
        {
            modelState.AddModelError(field, "The password is not correct.");
        }

        return modelState.IsValid;
    }
}
