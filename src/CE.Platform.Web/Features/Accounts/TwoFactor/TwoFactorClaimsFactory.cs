using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>Adds the enrolment claim the <see cref="TwoFactorEnrolmentGate"/> reads; refreshed with every sign-in and security-stamp check.</summary>
public sealed class TwoFactorClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorRequirement.EnrolledClaim, "enrolled"));
        }

        return identity;
    }
}
