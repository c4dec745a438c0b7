using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

public enum InvitationOutcome
{
    Added,
    AlreadyMember,
    Invited,
}

/// <summary>
/// Adds people to an organisation. An existing account is simply added; a new address gets an
/// account without a password and an email link to choose one. Each person is added in one
/// transaction, so a failure leaves nothing half-created.
/// </summary>
public sealed class Invitations(AppDbContext db, UserManager<AppUser> users, IEmailSender email, PublicUrls urls, AssignmentExpansion expansion, TimeProvider clock)
{
    public async Task<InvitationOutcome> InviteAsync(int organisationId, string organisationName, InvitationRow row, bool asCoordinator = false, CancellationToken cancellationToken = default)
    {
        var (outcome, user) = await db.InTransactionAsync(async () =>
        {
            var existing = await users.FindByEmailAsync(row.Email);
            var user = existing ?? await CreateInvitedAsync(row);
            var unitId = row.Unit is null ? null : (int?)await UnitIdAsync(organisationId, row.Unit, cancellationToken);
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == user.Id, cancellationToken);
            var outcome = existing is null ? InvitationOutcome.Invited : membership is null ? InvitationOutcome.Added : InvitationOutcome.AlreadyMember;
            if (membership is null)
            {
                membership = new Membership { OrganisationId = organisationId, UserId = user.Id, JoinedAtUtc = clock.GetUtcNow().UtcDateTime };
                db.Memberships.Add(membership);
            }

            membership.UnitId = unitId ?? membership.UnitId;
            membership.IsCoordinator |= asCoordinator;
            await db.SaveChangesAsync(cancellationToken);
            await expansion.ForMemberAsync(membership, cancellationToken);
            return (outcome, user);
        }, cancellationToken);

        if (asCoordinator && !await users.IsInRoleAsync(user, Roles.Coordinator))
        {
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }

        await NotifyAsync(user, outcome, organisationName, cancellationToken);
        return outcome;
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

    private async Task NotifyAsync(AppUser user, InvitationOutcome outcome, string organisationName, CancellationToken cancellationToken)
    {
        // An invited person who never chose a password is sent the link again when invited again.
        var needsPassword = user.PasswordHash is null;
        if (outcome == InvitationOutcome.AlreadyMember && !needsPassword)
        {
            return;
        }

        var text = needsPassword
            ? $"{organisationName} has invited you to CE.Platform for your continuing education.\n\nChoose your password to start:\n{urls.For($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={EmailTokens.Encode(await users.GeneratePasswordResetTokenAsync(user))}")}\n"
            : $"You have been added to {organisationName} on CE.Platform. Your coordinator can now assign you training.\n\nSign in: {urls.For("/account/login")}\n";
        await email.SendAsync(new EmailMessage(user.Email!, user.FullName, $"{organisationName} on CE.Platform", text), cancellationToken);
    }
}
