using System.Security.Claims;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// The account of an LMS user: found by its external login (provider <c>lti-{registrationId}</c>, key <c>{issuer}|{sub}</c>),
/// else linked to the local account with the same email when the registration allows it, else created. The LMS's email
/// is only shown (a user claim): it is unverified, so it is never the account's sign-in address unless linking is on.
/// </summary>
public sealed class LtiAccounts(AppDbContext db, UserManager<AppUser> users, MembershipJoins joins, AuditLog audit, TimeProvider clock)
{
    public const string EmailClaim = "lti:email";

    public static string LoginProvider(int registrationId) => $"lti-{registrationId}";

    public async Task<AppUser> ProvisionAsync(LtiRegistration registration, LtiLaunchMessage message) =>
        await db.InTransactionAsync(async () =>
        {
            var loginProvider = LoginProvider(registration.Id);
            var key = $"{message.Issuer}|{message.Subject}";
            var user = await users.FindByLoginAsync(loginProvider, key);
            if (user is null)
            {
                user = registration.LinkExistingAccountsByEmail && !string.IsNullOrWhiteSpace(message.Email) ? await users.FindByEmailAsync(message.Email.Trim()) : null;
                if (user is not null)
                {
                    audit.Record("lti.account-linked", user.Email!, $"{registration.Name}: sub {message.Subject}, by email (the registration allows it)");
                }
                else
                {
                    user = await CreateAsync(registration, message);
                }

                Succeeded(await users.AddLoginAsync(user, new UserLoginInfo(loginProvider, key, registration.Name)), "link the LMS login");
            }

            await RememberEmailAsync(user, message.Email);
            if (!await db.Memberships.AnyAsync(m => m.OrganisationId == registration.OrganisationId && m.UserId == user.Id))
            {
                // Joined now: the organisation sees records from today on (issue #16's visibility rule).
                await joins.JoinAsync(registration.OrganisationId, user.Id, user.Email!, JoinRoute.LtiLaunch);
            }

            await db.SaveChangesAsync();
            return user;
        }, CancellationToken.None);

    private async Task<AppUser> CreateAsync(LtiRegistration registration, LtiLaunchMessage message)
    {
        // A reserved, undeliverable address (RFC 2606 .invalid): Identity wants a unique email, and the LMS's is not proven.
        var userName = $"lti-{registration.Id}-{Guid.NewGuid():N}";
        var user = new AppUser
        {
            UserName = userName,
            Email = $"{userName}@lti.invalid",
            EmailConfirmed = false,
            FullName = message.DisplayName ?? "LMS learner",
            GivenName = message.GivenName,
            FamilyName = message.FamilyName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Succeeded(await users.CreateAsync(user), "create the account");
        audit.Record("lti.account-created", user.Email, $"{registration.Name}: sub {message.Subject}; name {user.FullName}");
        return user;
    }

    private async Task RememberEmailAsync(AppUser user, string? email)
    {
        var current = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == EmailClaim);
        if (current?.Value == email)
        {
            return;
        }

        if (current is not null)
        {
            Succeeded(await users.RemoveClaimAsync(user, current), "forget the old LMS email");
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            Succeeded(await users.AddClaimAsync(user, new Claim(EmailClaim, email.Trim())), "remember the LMS email");
        }
    }

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The LTI launch could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
