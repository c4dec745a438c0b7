using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Signs a person in by password. Failures count towards lockout (the stock page passes
/// lockoutOnFailure: false), and the answer reveals neither which addresses have accounts nor
/// which are locked: the owner of a locked account learns it by email.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInFailures failures, SsoDirectory sso, AuditLog audit)
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
            // Spend about the time a real check takes, so timing does not reveal unknown addresses.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            await failures.RecordUnknownAddressAsync(email);
            return SignInOutcome.Refused;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync("sign-in.succeeded", user.Email!, "password");
            return SignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.TwoFactorRequired;
        }

        if (result.IsNotAllowed && await users.CheckPasswordAsync(user, password))
        {
            await audit.RecordNowAsync("sign-in.failed", user.Email!, "email not confirmed");
            return SignInOutcome.EmailNotConfirmed;
        }

        if (result.IsNotAllowed)
        {
            await users.AccessFailedAsync(user);
        }

        await failures.RecordAsync(user, wasLocked, wasLocked ? "account locked" : "wrong password");
        return SignInOutcome.Refused;
    }

    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));
}
