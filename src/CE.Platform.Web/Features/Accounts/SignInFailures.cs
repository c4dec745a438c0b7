using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>What follows a refused sign-in step: the audit entry, and the owner's email when this failure locked the account.</summary>
public sealed class SignInFailures(UserManager<AppUser> users, AccountEmails emails, AuditLog audit)
{
    public async Task RecordAsync(AppUser user, bool wasLocked, string reason)
    {
        await audit.RecordNowAsync("sign-in.failed", user.Email!, reason);
        if (!wasLocked && await users.IsLockedOutAsync(user))
        {
            await audit.RecordNowAsync("sign-in.locked-out", user.Email!, $"after {users.Options.Lockout.MaxFailedAccessAttempts} failed attempts");
            await emails.SendLockedOutAsync(user);
        }
    }

    public Task RecordUnknownAddressAsync(string email) =>
        audit.RecordNowAsync("sign-in.failed", email.Length > 200 ? email[..200] : email, "no account with this address");
}
