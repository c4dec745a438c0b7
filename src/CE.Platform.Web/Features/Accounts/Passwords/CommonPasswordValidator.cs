using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts.Passwords;

/// <summary>
/// Refuses passwords that attackers try first (OWASP ASVS 5, NIST SP 800-63B): registration,
/// reset, change and invitation all pass through Identity's validators.
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswords common) : IPasswordValidator<AppUser>
{
    public const string Code = "CommonPassword";

    public const string Message =
        "This password is on a list of common or leaked passwords that attackers try first. Choose another; a few unrelated words make a strong one.";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && common.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
}
