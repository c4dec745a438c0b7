using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>
/// The second sign-in step: a code from the authenticator app or, for a lost phone, a recovery code
/// (each works once). Wrong codes count towards lockout like wrong passwords.
/// </summary>
public sealed class TwoFactorSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInFailures failures, AuditLog audit)
{
    public async Task<SignInOutcome> SignInAsync(string code, bool remember, bool rememberDevice)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return SignInOutcome.StartAgain;
        }

        var normalised = AuthenticatorKey.Normalise(code);
        var byApp = AuthenticatorKey.IsAuthenticatorCode(normalised);
        var wasLocked = await users.IsLockedOutAsync(user);
        var result = byApp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(normalised, remember, rememberDevice)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(normalised);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync("sign-in.succeeded", user.Email!, byApp ? "password and authenticator app" : "password and recovery code");
            if (!byApp)
            {
                await audit.RecordNowAsync("2fa.recovery-code-used", user.Email!, $"{await users.CountRecoveryCodesAsync(user)} left");
            }

            return SignInOutcome.SignedIn;
        }

        if (!byApp && !wasLocked)
        {
            // Identity does not count wrong recovery codes (it expects them to be unguessable); count them like any wrong code.
            await users.AccessFailedAsync(user);
        }

        await failures.RecordAsync(user, wasLocked, wasLocked ? "account locked" : byApp ? "wrong authenticator code" : "wrong recovery code");
        return SignInOutcome.Refused;
    }
}
