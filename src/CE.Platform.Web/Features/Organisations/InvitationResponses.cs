using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>Why an invitation link cannot be answered; each has its own page and changes nothing.</summary>
public enum InvitationProblem
{
    None,
    Unknown,
    OtherAccount,
    AlreadyAccepted,
    Declined,
    Revoked,
    Expired,
}

/// <summary>An invitation as its invitee sees it: what joining shows the organisation, and the completions they could share.</summary>
public sealed record InvitationView(string Token, string OrganisationName, bool AsCoordinator, InvitationProblem Problem, string MaskedEmail, DateTime ExpiresAtUtc,
    IReadOnlyList<ShareableModule> CompletedModules);

/// <summary>A module the learner completed before joining, which they may choose to show the organisation.</summary>
public sealed record ShareableModule(int ModuleId, string Title, DateTime LastCompletedAtUtc, bool Shared);

/// <summary>
/// The invitee's answer to a pending invitation. Accepting creates the membership from now
/// (JoinedAtUtc is when the organisation starts seeing records), records the earlier completions they
/// chose to share and gives them the organisation's assignments. The status changes from Pending in
/// one conditional update, so a second accept (or an accept after a decline) changes nothing.
/// </summary>
public sealed class InvitationResponses(AppDbContext db, UserManager<AppUser> users, MembershipJoins joins, AssignmentExpansion expansion, AuditLog audit, TimeProvider clock)
{
    public async Task<InvitationView?> ViewAsync(string token, string userId, CancellationToken cancellationToken = default)
    {
        var hash = InvitationTokens.Hash(token);
        var found = await db.MembershipInvitations.AsNoTracking().Where(i => i.TokenHash == hash)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { Invitation = i, o.Name })
            .Join(db.Users, x => x.Invitation.UserId, u => u.Id, (x, u) => new { x.Invitation, x.Name, u.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var problem = ProblemOf(found.Invitation, userId, clock.GetUtcNow().UtcDateTime);
        var modules = problem == InvitationProblem.None ? await ShareableModules.OfAsync(db, userId, null, cancellationToken) : [];
        return new InvitationView(token, found.Name, found.Invitation.AsCoordinator, problem, MaskedEmail.Of(found.Email ?? ""), found.Invitation.ExpiresAtUtc, modules);
    }

    /// <summary>Accepts for <paramref name="userId"/>, sharing the earlier completions of <paramref name="sharedModuleIds"/>; returns the problem if it cannot.</summary>
    public async Task<InvitationProblem> AcceptAsync(string token, string userId, IReadOnlyCollection<int> sharedModuleIds, CancellationToken cancellationToken = default)
    {
        var (problem, invitation) = await db.InTransactionAsync(async () =>
        {
            var (problem, invitation) = await ClaimAsync(token, userId, InvitationStatus.Accepted, cancellationToken);
            if (problem != InvitationProblem.None)
            {
                return (problem, invitation);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var membership = await joins.JoinAsync(invitation!.OrganisationId, userId, userId, JoinRoute.AcceptedInvitation, invitation.UnitId, invitation.AsCoordinator, now, cancellationToken);
            var completed = await db.Completions.Where(c => c.UserId == userId && sharedModuleIds.Contains(c.ModuleId)).Select(c => c.ModuleId).Distinct().ToListAsync(cancellationToken);
            db.MembershipShares.AddRange(completed.Select(moduleId => new MembershipShare { MembershipId = membership.Id, ModuleId = moduleId, SharedAtUtc = now }));
            audit.Record("membership.accepted", userId, $"organisation {invitation.OrganisationId}; shared modules: {(completed.Count == 0 ? "none" : string.Join(",", completed.Order()))}");
            await db.SaveChangesAsync(cancellationToken);
            // The shares count for the assignments the join just gave.
            await expansion.ApplySharedAsync(membership, cancellationToken);
            return (problem, invitation);
        }, cancellationToken);

        if (problem == InvitationProblem.None && invitation!.AsCoordinator && await users.FindByIdAsync(userId) is { } user && !await users.IsInRoleAsync(user, Roles.Coordinator))
        {
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }

        return problem;
    }

    public async Task<InvitationProblem> DeclineAsync(string token, string userId, CancellationToken cancellationToken = default) =>
        await db.InTransactionAsync(async () =>
        {
            var (problem, invitation) = await ClaimAsync(token, userId, InvitationStatus.Declined, cancellationToken);
            if (problem == InvitationProblem.None)
            {
                audit.Record("membership.declined", userId, $"organisation {invitation!.OrganisationId}");
                await db.SaveChangesAsync(cancellationToken);
            }

            return problem;
        }, cancellationToken);

    // Pending → the answer in one conditional update: of two concurrent answers only one changes the row.
    private async Task<(InvitationProblem, MembershipInvitation?)> ClaimAsync(string token, string userId, InvitationStatus answer, CancellationToken cancellationToken)
    {
        var hash = InvitationTokens.Hash(token);
        var invitation = await db.MembershipInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = invitation is null ? InvitationProblem.Unknown : ProblemOf(invitation, userId, now);
        if (problem != InvitationProblem.None)
        {
            return (problem, invitation);
        }

        var changed = await db.MembershipInvitations.Where(i => i.Id == invitation!.Id && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, answer).SetProperty(i => i.RespondedAtUtc, now), cancellationToken);
        return changed == 1 ? (InvitationProblem.None, invitation) : (InvitationProblem.AlreadyAccepted, invitation);
    }

    private static InvitationProblem ProblemOf(MembershipInvitation invitation, string userId, DateTime now) =>
        invitation.UserId != userId ? InvitationProblem.OtherAccount
        : invitation.Status switch
        {
            InvitationStatus.Accepted => InvitationProblem.AlreadyAccepted,
            InvitationStatus.Declined => InvitationProblem.Declined,
            InvitationStatus.Revoked => InvitationProblem.Revoked,
            _ when invitation.ExpiresAtUtc <= now => InvitationProblem.Expired,
            _ => InvitationProblem.None,
        };
}
