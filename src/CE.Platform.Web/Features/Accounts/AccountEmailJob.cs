using Hangfire;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Sends one account email, deciding here whether it applies (the forms queue a job for any address,
/// so their answer does not depend on it). Retried by Hangfire while the mail server is unreachable.
/// </summary>
public sealed class AccountEmailJob(UserManager<AppUser> users, AccountEmails emails)
{
    [AutomaticRetry(Attempts = 8)]
    public async Task SendAsync(AccountEmail email, string address, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(address) is not { } user || !Applies(email, user))
        {
            return;
        }

        await (email switch
        {
            AccountEmail.Confirmation => emails.SendConfirmationAsync(user, cancellationToken),
            AccountEmail.AlreadyRegistered => emails.SendAlreadyRegisteredAsync(user, cancellationToken),
            AccountEmail.PasswordReset => emails.SendPasswordResetAsync(user, cancellationToken),
            AccountEmail.LockedOut => emails.SendLockedOutAsync(user, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(email), email, "Unknown account email."),
        });
    }

    // A confirmation link is for an unconfirmed address; a reset link only for a confirmed one
    // (an invited person sets their first password from the invitation).
    private static bool Applies(AccountEmail email, AppUser user) => email switch
    {
        AccountEmail.Confirmation => !user.EmailConfirmed,
        AccountEmail.PasswordReset => user.EmailConfirmed,
        _ => true,
    };
}
