using System.Globalization;
using System.Security.Claims;
using CE.Platform.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>
/// The sign-in cookie's checks on every request: the session ends a fixed time after signing in
/// (renewals and security-stamp refreshes move the cookie's issue time, so the first sign-in time
/// travels in the ticket), then Identity's security-stamp check runs as it would without these events.
/// </summary>
public sealed class SessionCookieEvents(TimeProvider clock, IOptions<SessionLimits> limits, IOptions<IdentityOptions> identity, AppDbContext db) : CookieAuthenticationEvents
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
        if (signedInAt is null || clock.GetUtcNow() - signedInAt > TimeSpan.FromHours(limits.Value.AbsoluteTimeoutHours) || !await StampIsCurrentAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    // One primary-key read per signed-in request, so that a changed stamp (SCIM deactivation, password reset,
    // two-factor reset) ends other sessions at their next request rather than at the next periodic check.
    private async Task<bool> StampIsCurrentAsync(ClaimsPrincipal? principal)
    {
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return userId is not null && stamp is not null
            && await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync() == stamp;
    }
}
