using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Accounts.Sessions;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// What a SCIM user's <c>active</c> means for the person, inside the caller's transaction.
/// Active: a member, when the organisation may add them without asking (an account it made, or an address in
/// a domain it proved it owns with single sign-on); otherwise the person is sent a pending invitation
/// (<see cref="NeedsInvitation"/>) and the organisation sees nothing until they accept.
/// Inactive: the membership ends (its open assignments go, completions and certificates stay), a pending
/// invitation is withdrawn, every session of the person ends, and an account the organisation owns is locked.
/// </summary>
public sealed class ScimMemberAccess(AppDbContext db, UserManager<AppUser> users, MembershipJoins joins, MembershipChanges changes, SsoDirectory sso, TimeProvider clock, EndedSessions endedSessions)
{
    public const string EndedBy = "scim";

    /// <summary>Makes the person a member now if the organisation may; true when they must be invited instead.</summary>
    public async Task<bool> ActivateAsync(ScimUser scimUser, AppUser user, CancellationToken cancellationToken)
    {
        if (scimUser.OwnsAccount && await users.IsLockedOutAsync(user))
        {
            Succeeded(await users.SetLockoutEndDateAsync(user, null));
            Succeeded(await users.ResetAccessFailedCountAsync(user));
        }

        if (await db.Memberships.AnyAsync(m => m.OrganisationId == scimUser.OrganisationId && m.UserId == user.Id, cancellationToken))
        {
            return false;
        }

        if (!scimUser.OwnsAccount && !await InOwnedDomainAsync(scimUser.OrganisationId, user.Email!, cancellationToken))
        {
            return true;
        }

        // An account the organisation owns could not be used while inactive, so its first join date comes back with it.
        var joinedAt = scimUser.OwnsAccount ? scimUser.JoinedAtUtc : null;
        var membership = await joins.JoinAsync(scimUser.OrganisationId, user.Id, user.Email!, JoinRoute.Provisioning, scimUser.UnitId, joinedAtUtc: joinedAt, cancellationToken: cancellationToken);
        scimUser.JoinedAtUtc ??= membership.JoinedAtUtc;
        return false;
    }

    public async Task DeactivateAsync(ScimUser scimUser, AppUser user, CancellationToken cancellationToken)
    {
        if (await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == scimUser.OrganisationId && m.UserId == user.Id, cancellationToken) is { } membership)
        {
            scimUser.UnitId = membership.UnitId ?? scimUser.UnitId;
            await changes.EndWithinAsync(membership, EndedBy, cancellationToken);
        }

        await db.MembershipInvitations.Where(i => i.OrganisationId == scimUser.OrganisationId && i.UserId == user.Id && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, InvitationStatus.Revoked).SetProperty(i => i.RespondedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (scimUser.OwnsAccount)
        {
            Succeeded(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        }

        // Open sessions end at their next request (the cookie check reads this; other instances within a second);
        // the new stamp ends them for Identity's own checks too.
        user.SessionsEndedAtUtc = clock.GetUtcNow().UtcDateTime;
        Succeeded(await users.UpdateSecurityStampAsync(user));
        endedSessions.Record(user.Id, user.SessionsEndedAtUtc.Value);
    }

    /// <summary>
    /// An account counts as the organisation's when SCIM created it, or when its only way in is this
    /// organisation's single sign-on (made just in time by it, no password of its own).
    /// </summary>
    public async Task<bool> OwnedByAsync(int organisationId, AppUser user) =>
        !await users.HasPasswordAsync(user) && (await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == SsoScheme.LoginProvider(organisationId));

    private async Task<bool> InOwnedDomainAsync(int organisationId, string email, CancellationToken cancellationToken) =>
        EmailDomains.Of(email) is { } domain && (await sso.DomainsOfAsync(organisationId, cancellationToken)).Contains(domain);

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
