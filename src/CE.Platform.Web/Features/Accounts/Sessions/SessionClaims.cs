using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>Claims set at sign-in (single sign-on's, and an LMS launch's framing origin and channel) that the periodic security-stamp refresh, which rebuilds the principal from the database, would otherwise drop.</summary>
public static class SessionClaims
{
    public static Task KeepSignInClaims(SecurityStampRefreshingPrincipalContext context)
    {
        var kept = context.CurrentPrincipal?.Claims
            .Where(c => c.Type is SsoScheme.OrganisationClaim or EmbeddedSession.OriginClaim or CompletionChannels.Claim or CompletionChannels.LtiLinkClaim
                || (c.Type == TwoFactorRequirement.EnrolledClaim && c.Value == TwoFactorRequirement.ProviderMfa))
            .ToList() ?? [];
        if (kept.Count > 0 && context.NewPrincipal?.Identities.FirstOrDefault() is { } identity)
        {
            identity.AddClaims(kept.Select(c => c.Clone()));
        }

        return Task.CompletedTask;
    }
}
