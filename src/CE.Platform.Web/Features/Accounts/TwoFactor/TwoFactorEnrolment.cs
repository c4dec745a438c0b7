using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Turning authenticator-app sign-in on and off, and the recovery codes that stand in for a lost
/// phone. Every change is audited and refreshes this session (the enrolment claim changes).
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to show during setup; a new one is made on first use, so nothing is shared until asked for.</summary>
    public async Task<string> KeyAsync(AppUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }

        await users.ResetAuthenticatorKeyAsync(user);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>Enables two-factor sign-in if <paramref name="code"/> proves the app holds the key; returns the new recovery codes, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        var normalised = AuthenticatorKey.Normalise(code);
        if (!AuthenticatorKey.IsAuthenticatorCode(normalised)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalised))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewRecoveryCodesAsync(user);
        await audit.RecordNowAsync("2fa.enabled", user.Email!);
        await signIn.RefreshSignInAsync(user);
        return codes;
    }

    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(AppUser user)
    {
        var codes = await NewRecoveryCodesAsync(user);
        await audit.RecordNowAsync("2fa.recovery-codes-regenerated", user.Email!);
        return codes;
    }

    /// <summary>The person turns two-factor sign-in off from their profile; this session stays signed in.</summary>
    public async Task DisableAsync(AppUser user)
    {
        await TurnOffAsync(user, "by the account holder");
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
    }

    /// <summary>
    /// Turns two-factor sign-in off and forgets the key, so enrolling again shares a new one. The key
    /// change ends every session at its next stamp check, which is what an operator wants for someone who lost phone and codes.
    /// </summary>
    public async Task TurnOffAsync(AppUser user, string byWhom)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordNowAsync("2fa.disabled", user.Email!, byWhom);
    }

    public Task<int> RecoveryCodesLeftAsync(AppUser user) => users.CountRecoveryCodesAsync(user);

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
}
