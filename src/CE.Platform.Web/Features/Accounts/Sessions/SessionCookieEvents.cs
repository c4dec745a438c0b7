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
public sealed class SessionCookieEvents(TimeProvider clock, IOptions<SessionLimits> limits, IOptions<SecurityStampValidatorOptions> stampChecks, EndedSessions endedSessions) : CookieAuthenticationEvents
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
        if (signedInAt is null || clock.GetUtcNow() - signedInAt > TimeSpan.FromHours(limits.Value.AbsoluteTimeoutHours) || await EndedSinceAsync(context.HttpContext, context.Principal, signedInAt.Value))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity's validator compares the stamp only once the ticket is older than the interval (the same test,
        // on the same clock); asking first spares every other request building a SignInManager and its stores.
        if (context.Properties.IssuedUtc is not { } issued || clock.GetUtcNow() - issued > stampChecks.Value.ValidationInterval)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }

    // Ending someone's sessions (SCIM deactivation) takes effect at their next request rather than at the
    // security stamp's next periodic check. The endings are held in memory; only before their first read
    // (an instance's first second) does a request read its own row.
    private async Task<bool> EndedSinceAsync(HttpContext http, ClaimsPrincipal? principal, DateTimeOffset signedInAt)
    {
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && endedSessions.EndedSince(userId, signedInAt.UtcDateTime) is { } known)
        {
            return known;
        }

        var ended = userId is null ? null : await http.RequestServices.GetRequiredService<AppDbContext>().Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SessionsEndedAtUtc).SingleOrDefaultAsync();
        return ended is { } at && at >= signedInAt.UtcDateTime;
    }
}
