using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>What follows a refused sign-in step: the audit entry, and the owner's email when this failure locked the account.</summary>
public sealed class SignInFailures(UserManager<AppUser> users, AccountMailQueue mail, AuditLog audit)
{
    /// <summary>A failure Identity has already counted (or that does not count, on a locked account).</summary>
    public async Task RecordAsync(AppUser user, bool wasLocked, string reason)
    {
        await audit.RecordNowAsync("sign-in.failed", user.Email!, reason);
        await TellIfNowLockedAsync(user, wasLocked);
    }

    /// <summary>
    /// Counts a wrong password towards lockout. The count and the audit entry are saved in one write,
    /// as an unknown address's entry is, so the two answers take the same time.
    /// </summary>
    public async Task CountAsync(AppUser user, bool wasLocked, string reason)
    {
        audit.Record("sign-in.failed", user.Email!, reason);
        await users.AccessFailedAsync(user);
        await TellIfNowLockedAsync(user, wasLocked);
    }

    public Task RecordUnknownAddressAsync(string email) =>
        audit.RecordNowAsync("sign-in.failed", email.Length > 200 ? email[..200] : email, "no account with this address");

    private async Task TellIfNowLockedAsync(AppUser user, bool wasLocked)
    {
        if (!wasLocked && await users.IsLockedOutAsync(user))
        {
            await audit.RecordNowAsync("sign-in.locked-out", user.Email!, $"after {users.Options.Lockout.MaxFailedAccessAttempts} failed attempts");
            mail.Enqueue(AccountEmail.LockedOut, user.Email!);
        }
    }
}
