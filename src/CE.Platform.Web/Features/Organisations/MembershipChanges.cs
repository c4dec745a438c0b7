using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// What a member changes after joining (which earlier completions are shared) and how a membership ends
/// (the learner leaves or a coordinator ends it). Both are audited.
/// </summary>
public sealed class MembershipChanges(AppDbContext db, AssignmentExpansion expansion, AuditLog audit, TimeProvider clock)
{
    /// <summary>Makes the shared modules exactly <paramref name="moduleIds"/> (of those the learner completed); false when not a member.</summary>
    public Task<bool> SetSharedAsync(int organisationId, string userId, IReadOnlyCollection<int> moduleIds, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async () =>
        {
            if (await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == userId, cancellationToken) is not { } membership)
            {
                return false;
            }

            var completed = await db.Completions.Where(c => c.UserId == userId && moduleIds.Contains(c.ModuleId)).Select(c => c.ModuleId).Distinct().ToListAsync(cancellationToken);
            var current = await db.MembershipShares.Where(s => s.MembershipId == membership.Id).ToListAsync(cancellationToken);
            db.MembershipShares.RemoveRange(current.Where(s => !completed.Contains(s.ModuleId)));
            var now = clock.GetUtcNow().UtcDateTime;
            db.MembershipShares.AddRange(completed.Where(id => current.All(s => s.ModuleId != id)).Select(id => new MembershipShare { MembershipId = membership.Id, ModuleId = id, SharedAtUtc = now }));
            audit.Record("membership.sharing-changed", userId, $"organisation {organisationId}; shared modules: {(completed.Count == 0 ? "none" : string.Join(",", completed.Order()))}");
            await db.SaveChangesAsync(cancellationToken);
            await expansion.WithdrawHiddenCompletionsAsync(membership, cancellationToken);
            await expansion.ApplySharedAsync(membership, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Ends the membership: a history row is kept, the membership (and its shares) is removed, and the
    /// organisation's cycles for the person go, so no reminder or matrix row remains. Their completions and
    /// certificates are theirs and stay. False when there is no such membership.
    /// </summary>
    public Task<bool> EndAsync(int organisationId, string userId, string endedByUserId, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async () =>
        {
            if (await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == userId, cancellationToken) is not { } membership)
            {
                return false;
            }

            await EndWithinAsync(membership, endedByUserId, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary><see cref="EndAsync"/> inside the caller's transaction (SCIM deactivation ends a membership together with other changes).</summary>
    public async Task EndWithinAsync(Membership membership, string endedBy, CancellationToken cancellationToken)
    {
        db.FormerMemberships.Add(new FormerMembership
        {
            OrganisationId = membership.OrganisationId, UserId = membership.UserId, UnitId = membership.UnitId, WasCoordinator = membership.IsCoordinator,
            JoinedAtUtc = membership.JoinedAtUtc, EndedAtUtc = clock.GetUtcNow().UtcDateTime, EndedByUserId = endedBy,
        });
        db.Memberships.Remove(membership);
        audit.Record(endedBy == membership.UserId ? "membership.left" : "membership.ended", membership.UserId, $"organisation {membership.OrganisationId}");
        await db.SaveChangesAsync(cancellationToken);
        await db.LearnerAssignments.Where(l => l.OrganisationId == membership.OrganisationId && l.UserId == membership.UserId).ExecuteDeleteAsync(cancellationToken);
        // A bulk delete passes the change tracker by, so the cells are refreshed here.
        await ComplianceCellUpdater.RefreshAsync(db, [membership.UserId], clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>Withdraws a pending invitation of the organisation; false when there is none to withdraw.</summary>
    public async Task<bool> RevokeAsync(int organisationId, int invitationId, CancellationToken cancellationToken = default)
    {
        var revoked = await db.MembershipInvitations.Where(i => i.Id == invitationId && i.OrganisationId == organisationId && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, InvitationStatus.Revoked).SetProperty(i => i.RespondedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (revoked == 1)
        {
            audit.Record("membership.invitation-revoked", $"invitation {invitationId}", $"organisation {organisationId}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return revoked == 1;
    }
}
