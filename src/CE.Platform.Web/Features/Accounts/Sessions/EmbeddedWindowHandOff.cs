using System.Security.Claims;
using System.Text.Json;
using CE.Platform.Web.Features.Assessments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>What a hand-off carries: whose session, its stamp, the page, and the launch's channel and placement.</summary>
public sealed record EmbeddedWindowTicket(string UserId, string SecurityStamp, string Path, string? Channel, string? LtiLink);

/// <summary>
/// The new-window fallback of a session embedded in an LMS frame (an LTI or SCORM launch). Its cookies live in the
/// LMS's partition, so a new window on our site has no session; the framed page carries a ticket for a window of its
/// own instead: protected with Data Protection, valid two minutes, bound to the account's security stamp, naming the
/// page and what the completion must record (channel, placement).
/// </summary>
public sealed class EmbeddedWindowHandOff(IDataProtectionProvider protection, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("CE.Platform.EmbeddedWindowHandOff.v1").ToTimeLimitedDataProtector();

    public string Issue(ClaimsPrincipal user, string path) => protector.Protect(
        JsonSerializer.Serialize(new EmbeddedWindowTicket(user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) ?? "", path,
            user.FindFirstValue(CompletionChannels.Claim), user.FindFirstValue(CompletionChannels.LtiLinkClaim))),
        clock.GetUtcNow() + Lifetime);

    /// <summary>The ticket, or null when it was altered, has run out, or is not a local page.</summary>
    public EmbeddedWindowTicket? Read(string? value)
    {
        try
        {
            var ticket = value is null ? null : JsonSerializer.Deserialize<EmbeddedWindowTicket>(protector.Unprotect(value, out _));
            return ticket is not null && ticket.Path.StartsWith('/') && !ticket.Path.StartsWith("//", StringComparison.Ordinal) && !ticket.Path.Contains('\\', StringComparison.Ordinal) ? ticket : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
