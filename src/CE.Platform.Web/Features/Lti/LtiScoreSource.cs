using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>What a score post sends and where, read from the completion, its certificate, the placement and the learner's LMS login; or why it cannot be sent.</summary>
public sealed record LtiScoreSource(LtiRegistration? Registration, string? LineItemUrl, JsonObject? Payload, string? Problem)
{
    public static async Task<LtiScoreSource> ReadAsync(AppDbContext db, PublicUrls urls, LtiScorePost post, CancellationToken cancellationToken)
    {
        var completion = await db.Completions.AsNoTracking().Where(c => c.Id == post.CompletionId)
            .Select(c => new { c.UserId, c.ScorePercent, c.CompletedAtUtc, Token = db.Certificates.Where(x => x.CompletionId == c.Id).Select(x => x.VerificationToken).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var link = await db.LtiResourceLinks.AsNoTracking().SingleAsync(l => l.Id == post.ResourceLinkId, cancellationToken);
        var registration = await db.LtiRegistrations.AsNoTracking().SingleAsync(r => r.Id == link.RegistrationId, cancellationToken);
        var key = await db.UserLogins.AsNoTracking().Where(l => l.UserId == completion.UserId && l.LoginProvider == LtiAccounts.LoginProvider(registration.Id))
            .Select(l => l.ProviderKey).FirstOrDefaultAsync(cancellationToken);
        var problem = !registration.Enabled ? $"the registration {registration.Name} is disabled"
            : string.IsNullOrEmpty(link.AgsLineItemUrl) ? "the LMS offered no line item for this placement (its launch carried no AGS lineitem)"
            : !(link.AgsScopes ?? "").Split(' ').Contains(LtiServicesClient.ScoreScope) ? "the LMS did not grant the score scope for this placement"
            : key is null ? "the learner has no login from this LMS"
            : null;
        if (problem is not null || key is null)
        {
            return new LtiScoreSource(null, null, null, problem);
        }

        // The login key is "issuer|sub"; issuers are URLs, which have no "|".
        var sub = key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..];
        var payload = LtiScorePayload.For(sub, completion.ScorePercent, new DateTimeOffset(completion.CompletedAtUtc, TimeSpan.Zero), urls.For($"/verify/{completion.Token}"));
        return new LtiScoreSource(registration, link.AgsLineItemUrl, payload, null);
    }
}
