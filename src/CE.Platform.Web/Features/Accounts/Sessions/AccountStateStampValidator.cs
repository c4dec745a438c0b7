using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts.Sessions;

/// <summary>
/// Identity's periodic session check, which ends sessions whose security stamp changed (password
/// change, role removal, two-factor change), extended to end the sessions of a locked account too:
/// locking an account does not change its stamp.
/// </summary>
public sealed class AccountStateStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<AppUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<AppUser>(options, signIn, logger)
{
    protected override async Task<AppUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        await base.VerifySecurityStamp(principal) is { } user && !await SignInManager.UserManager.IsLockedOutAsync(user) ? user : null;
}
