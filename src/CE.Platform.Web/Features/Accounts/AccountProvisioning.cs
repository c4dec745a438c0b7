using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Creates roles and confirmed accounts for operators and seeding (not for self-registration).</summary>
public sealed class AccountProvisioning(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditLog audit, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Creates a confirmed account with the given roles, or returns null when the email is taken.</summary>
    public async Task<AppUser?> CreateConfirmedAsync(string email, string fullName, string password, params string[] roleNames)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return null;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        EnsureSucceeded(await users.CreateAsync(user, password), $"create {email}");
        EnsureSucceeded(await users.AddToRolesAsync(user, roleNames), $"add roles to {email}");
        await audit.RecordNowAsync("role.granted", email, string.Join(", ", roleNames));
        return user;
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
