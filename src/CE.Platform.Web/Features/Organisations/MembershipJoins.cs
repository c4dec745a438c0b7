using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Infrastructure.Audit;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>How a person came to be a member; recorded in the audit entry of the join.</summary>
public enum JoinRoute
{
    /// <summary>A new address invited by a coordinator: the account was made for this organisation.</summary>
    InvitedNewAccount,

    /// <summary>An existing account that accepted a pending invitation.</summary>
    AcceptedInvitation,

    /// <summary>The first single sign-on through the organisation's identity provider.</summary>
    SingleSignOn,

    /// <summary>Created or reactivated by the organisation's SCIM client (its HR system or identity provider).</summary>
    Provisioning,

    /// <summary>The first launch from an LMS registered for the organisation (LTI 1.3).</summary>
    LtiLaunch,
}

/// <summary>
/// The one way a membership starts, whichever door the person came through: the membership row, the
/// audit entry saying how, and the organisation's (and the unit's) existing assignments. Callers run it
/// inside their own transaction, so a join is saved together with what led to it, or not at all.
/// </summary>
public sealed class MembershipJoins(AppDbContext db, AssignmentExpansion expansion, AuditLog audit, TimeProvider clock)
{
    /// <param name="subject">Who joined, as the audit log names them (their email or user id).</param>
    /// <param name="joinedAtUtc">When the organisation starts seeing their records; now unless a membership is being restored.</param>
    public async Task<Membership> JoinAsync(int organisationId, string userId, string subject, JoinRoute how,
        int? unitId = null, bool asCoordinator = false, DateTime? joinedAtUtc = null, CancellationToken cancellationToken = default)
    {
        var membership = new Membership
        {
            OrganisationId = organisationId, UserId = userId, UnitId = unitId, IsCoordinator = asCoordinator,
            JoinedAtUtc = joinedAtUtc ?? clock.GetUtcNow().UtcDateTime,
        };
        db.Memberships.Add(membership);
        audit.Record("organisation.member-joined", subject, $"organisation {organisationId}, {Describe(how)}");
        await db.SaveChangesAsync(cancellationToken);
        await expansion.ForMemberAsync(membership, cancellationToken);
        return membership;
    }

    private static string Describe(JoinRoute how) => how switch
    {
        JoinRoute.InvitedNewAccount => "invited as a new account",
        JoinRoute.AcceptedInvitation => "by accepting an invitation",
        JoinRoute.SingleSignOn => "by single sign-on",
        JoinRoute.Provisioning => "provisioned by SCIM",
        JoinRoute.LtiLaunch => "by an LTI launch",
        _ => how.ToString(),
    };
}
