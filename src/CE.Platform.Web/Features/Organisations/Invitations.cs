using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Audit;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

public enum InvitationOutcome
{
    /// <summary>A new address: an account was created and asked to choose a password; it is a member (it has no earlier records).</summary>
    Invited,

    /// <summary>An existing account: a pending invitation was emailed; nothing is visible until they accept.</summary>
    Pending,
    AlreadyMember,
}

/// <summary>
/// Invites people to an organisation. A new address gets an account without a password and an email
/// link to choose one, and is a member at once: it has no records to expose. An existing account gets a
/// pending <see cref="MembershipInvitation"/> and joins only when it accepts, so knowing someone's email
/// never shows an organisation their records. Each person is handled in one transaction.
/// </summary>
public sealed class Invitations(AppDbContext db, UserManager<AppUser> users, IEmailSender email, PublicUrls urls, AssignmentExpansion expansion, MembershipJoins joins, AuditLog audit, TimeProvider clock)
{
    public async Task<InvitationOutcome> InviteAsync(int organisationId, string organisationName, InvitationRow row, string? invitedByUserId, bool asCoordinator = false, CancellationToken cancellationToken = default)
    {
        string? token = null;
        var (outcome, user) = await db.InTransactionAsync(async () =>
        {
            var existing = await users.FindByEmailAsync(row.Email);
            var user = existing ?? await CreateInvitedAsync(row);
            var unitId = row.Unit is null ? null : (int?)await UnitIdAsync(organisationId, row.Unit, cancellationToken);
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == user.Id, cancellationToken);
            if (existing is not null && membership is null)
            {
                token = await PendingAsync(organisationId, user.Id, unitId, asCoordinator, invitedByUserId, cancellationToken);
                audit.Record("membership.invited", user.Email!, $"{organisationName}{(asCoordinator ? " (as coordinator)" : "")}");
                await db.SaveChangesAsync(cancellationToken);
                return (InvitationOutcome.Pending, user);
            }

            if (membership is null)
            {
                await joins.JoinAsync(organisationId, user.Id, user.Email!, JoinRoute.InvitedNewAccount, unitId, asCoordinator, cancellationToken: cancellationToken);
                return (InvitationOutcome.Invited, user);
            }

            // Invited again: a member keeps their place, moved to the named unit (and its assignments).
            membership.UnitId = unitId ?? membership.UnitId;
            membership.IsCoordinator |= asCoordinator;
            await db.SaveChangesAsync(cancellationToken);
            await expansion.ForMemberAsync(membership, cancellationToken);
            return (InvitationOutcome.AlreadyMember, user);
        }, cancellationToken);

        if (asCoordinator && outcome != InvitationOutcome.Pending && !await users.IsInRoleAsync(user, Roles.Coordinator))
        {
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }

        await NotifyAsync(user, outcome, organisationName, token, cancellationToken);
        return outcome;
    }

    /// <summary>One pending invitation per person and organisation: inviting again renews it with a new link (the old one stops working).</summary>
    private async Task<string> PendingAsync(int organisationId, string userId, int? unitId, bool asCoordinator, string? invitedByUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.MembershipInvitations.SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.UserId == userId && i.Status == InvitationStatus.Pending, cancellationToken);
        var token = InvitationTokens.NewToken();
        if (invitation is null)
        {
            invitation = new MembershipInvitation { OrganisationId = organisationId, UserId = userId, TokenHash = "" };
            db.MembershipInvitations.Add(invitation);
        }

        invitation.TokenHash = InvitationTokens.Hash(token);
        invitation.UnitId = unitId ?? invitation.UnitId;
        invitation.AsCoordinator |= asCoordinator;
        invitation.InvitedByUserId = invitedByUserId;
        invitation.CreatedAtUtc = now;
        invitation.ExpiresAtUtc = now + InvitationTokens.ValidFor;
        return token;
    }

    private async Task<AppUser> CreateInvitedAsync(InvitationRow row)
    {
        var user = new AppUser { UserName = row.Email, Email = row.Email, FullName = row.Name, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Learner);
        return user;
    }

    private async Task<int> UnitIdAsync(int organisationId, string name, CancellationToken cancellationToken)
    {
        var unit = await db.OrganisationUnits.SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Name == name, cancellationToken);
        if (unit is null)
        {
            unit = new OrganisationUnit { OrganisationId = organisationId, Name = name };
            db.OrganisationUnits.Add(unit);
            await db.SaveChangesAsync(cancellationToken);
        }

        return unit.Id;
    }

    private async Task NotifyAsync(AppUser user, InvitationOutcome outcome, string organisationName, string? token, CancellationToken cancellationToken)
    {
        // An invited person who never chose a password is sent the link again when invited again.
        var needsPassword = user.PasswordHash is null;
        if (outcome == InvitationOutcome.AlreadyMember && !needsPassword)
        {
            return;
        }

        var choosePassword = needsPassword
            ? $"Choose your password to start:\n{urls.For($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={EmailTokens.Encode(await users.GeneratePasswordResetTokenAsync(user))}")}\n"
            : "";
        var text = token is not null
            ? $"{organisationName} invites you to join it on CE.Platform.\n\n{(needsPassword ? choosePassword + "\nThen answer the invitation" : "Answer the invitation")} (it says exactly what {organisationName} would see; nothing is shared unless you accept):\n{urls.For($"/invitations/{token}")}\n\nThe link works once and for {InvitationTokens.ValidFor.TotalDays:0} days.\n"
            : needsPassword
                ? $"{organisationName} has invited you to CE.Platform for your continuing education.\n\n{choosePassword}"
                : $"You are a member of {organisationName} on CE.Platform.\n\nSign in: {urls.For("/account/login")}\n";
        await email.SendAsync(new EmailMessage(user.Email!, user.FullName, $"{organisationName} on CE.Platform", text), cancellationToken);
    }
}
