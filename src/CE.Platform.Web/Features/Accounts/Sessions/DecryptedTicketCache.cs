using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>
/// The sign-in cookie's ticket format, remembering for a minute the tickets it has already decrypted, keyed by the
/// cookie's exact text: decrypting and deserialising the ticket was a fifth of a signed-in page's CPU, and a
/// browser sends the same cookie on every request until it is renewed. Only text that decrypted and verified is
/// remembered, so a forged or altered cookie never matches; each request gets its own copy; and everything the
/// cookie handler checks after reading the ticket (expiry, absolute session limit, ended sessions, the security
/// stamp: <see cref="SessionCookieEvents"/>) still runs on every request. The one thing the minute delays is a
/// Data Protection key revoked by hand, which this instance then rejects at most a minute later.
/// </summary>
public sealed class DecryptedTicketCache(ISecureDataFormat<AuthenticationTicket> inner, IMemoryCache cache) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }

        var key = (typeof(DecryptedTicketCache), protectedText, purpose);
        if (!cache.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText, purpose);
            if (ticket is null)
            {
                return null;
            }

            cache.Set(key, ticket, Lifetime);
        }

        // The handler and the session events may change the ticket (renewal, a refreshed principal): never the kept one.
        return ticket!.Clone();
    }
}
