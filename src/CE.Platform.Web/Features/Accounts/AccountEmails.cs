using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>The emails of the account life cycle. Links are absolute, built from <see cref="PublicUrls"/>.</summary>
public sealed class AccountEmails(UserManager<AppUser> users, IEmailSender sender, PublicUrls urls)
{
    public async Task SendConfirmationAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var token = EmailTokens.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.For($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        await SendAsync(user, "Confirm your email for CE.Platform",
            $"Welcome to CE.Platform, {user.FullName}.\n\nConfirm your email address to sign in:\n{link}\n\nIf you did not register, ignore this message.",
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var token = EmailTokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.For($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        await SendAsync(user, "Reset your CE.Platform password",
            $"Someone asked to reset the password of this account.\n\nChoose a new password here:\n{link}\n\nIf it was not you, ignore this message; your password stays as it is.",
            cancellationToken);
    }

    /// <summary>Sent instead of a second confirmation when someone registers an address that has an account.</summary>
    public Task SendAlreadyRegisteredAsync(AppUser user, CancellationToken cancellationToken = default) =>
        SendAsync(user, "You already have a CE.Platform account",
            $"Someone tried to register this email address, which already has an account.\n\nSign in: {urls.For("/account/login")}\nForgot your password? {urls.For("/account/forgot-password")}",
            cancellationToken);

    public Task SendLockedOutAsync(AppUser user, CancellationToken cancellationToken = default) =>
        SendAsync(user, "Your CE.Platform account is locked for a while",
            $"After several failed sign-in attempts your account is locked for a few minutes.\n\nIf this was not you, reset your password: {urls.For("/account/forgot-password")}",
            cancellationToken);

    private Task SendAsync(AppUser user, string subject, string text, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(user.Email!, user.FullName, subject, text), cancellationToken);
}
