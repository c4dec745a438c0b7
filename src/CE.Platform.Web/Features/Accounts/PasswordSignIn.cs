using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Signs a person in by password. Failures count towards lockout (the stock page counts none), and
/// the answer reveals neither which addresses have accounts nor which are locked: the owner of a
/// locked account learns it by email. Every refusal checks one password hash and saves once, so
/// the time taken reveals neither.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInFailures failures, EqualPasswordWork passwordWork, SsoDirectory sso, AuditLog audit)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        if (await sso.RequiresSsoAsync(email))
        {
            await audit.RecordNowAsync("sign-in.failed", email, "password sign-in is off: the organisation requires single sign-on");
            return SignInOutcome.SsoRequired;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            passwordWork.Spend(null, password);
            await failures.RecordUnknownAddressAsync(email);
            return SignInOutcome.Refused;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        // Failures are counted below, in one write with their audit entry.
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (result.IsLockedOut || user.PasswordHash is null)
        {
            // Identity refused a locked account before looking at the password, or had no hash to check.
            passwordWork.Spend(user.PasswordHash, password);
        }

        if (result.Succeeded)
        {
            await audit.RecordNowAsync("sign-in.succeeded", user.Email!, "password");
            return SignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.TwoFactorRequired;
        }

        if (result.IsLockedOut)
        {
            await failures.RecordAsync(user, wasLocked: true, "account locked");
            return SignInOutcome.Refused;
        }

        if (result.IsNotAllowed && await users.CheckPasswordAsync(user, password))
        {
            await audit.RecordNowAsync("sign-in.failed", user.Email!, "email not confirmed");
            return SignInOutcome.EmailNotConfirmed;
        }

        await failures.CountAsync(user, wasLocked, wasLocked ? "account locked" : "wrong password");
        return SignInOutcome.Refused;
    }
}
