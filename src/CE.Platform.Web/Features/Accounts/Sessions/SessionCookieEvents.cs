using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>
/// The sign-in cookie's checks on every request: the session ends a fixed time after signing in
/// (renewals and security-stamp refreshes move the cookie's issue time, so the first sign-in time
/// travels in the ticket), then Identity's security-stamp check runs as it would without these events.
/// </summary>
public sealed class SessionCookieEvents(TimeProvider clock, IOptions<SessionLimits> limits) : CookieAuthenticationEvents
{
    private const string SignedInAt = "ce.signed-in-at";

    public override Task SigningIn(CookieSigningInContext context)
    {
        // A refresh (password change, two-factor enrolment) keeps the original sign-in time.
        context.Properties.Items.TryAdd(SignedInAt, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAt, out var value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : context.Properties.IssuedUtc;
        if (signedInAt is null || clock.GetUtcNow() - signedInAt > TimeSpan.FromHours(limits.Value.AbsoluteTimeoutHours))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
