using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.SingleSignOn;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>Claims set at sign-in that the periodic security-stamp refresh, which rebuilds the principal from the database, would otherwise drop.</summary>
public static class SessionClaims
{
    public static Task KeepSingleSignOnClaims(SecurityStampRefreshingPrincipalContext context)
    {
        var kept = context.CurrentPrincipal?.Claims
            .Where(c => c.Type == SsoScheme.OrganisationClaim || (c.Type == TwoFactorRequirement.EnrolledClaim && c.Value == TwoFactorRequirement.ProviderMfa))
            .ToList() ?? [];
        if (kept.Count > 0 && context.NewPrincipal?.Identities.FirstOrDefault() is { } identity)
        {
            identity.AddClaims(kept.Select(c => c.Clone()));
        }

        return Task.CompletedTask;
    }
}
