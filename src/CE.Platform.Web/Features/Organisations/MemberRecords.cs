using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Learning;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// The consent boundary, in one place: an organisation sees a member's completion (and its
/// certificate) only when it is dated on or after the member joined, or when the member shared
/// that module's earlier completions with it. Pending, declined and former members are not in
/// <c>Memberships</c>, so nothing of theirs is visible. Every coordinator query and export goes
/// through here.
/// </summary>
public static class MemberRecords
{
    public static IQueryable<Completion> VisibleTo(this IQueryable<Completion> completions, AppDbContext db, int organisationId) =>
        Visible(completions, db, db.Memberships.Where(m => m.OrganisationId == organisationId));

    /// <summary>Completions visible to any organisation that <paramref name="coordinatorId"/> coordinates.</summary>
    public static IQueryable<Completion> VisibleToCoordinator(this IQueryable<Completion> completions, AppDbContext db, string coordinatorId) =>
        Visible(completions, db, db.Memberships.Where(m => db.Memberships.Any(c => c.OrganisationId == m.OrganisationId && c.UserId == coordinatorId && c.IsCoordinator)));

    public static IQueryable<Certificate> VisibleTo(this IQueryable<Certificate> certificates, AppDbContext db, int organisationId)
    {
        var visible = db.Completions.VisibleTo(db, organisationId);
        return certificates.Where(c => visible.Any(v => v.Id == c.CompletionId));
    }

    public static IQueryable<Certificate> VisibleToCoordinator(this IQueryable<Certificate> certificates, AppDbContext db, string coordinatorId)
    {
        var visible = db.Completions.VisibleToCoordinator(db, coordinatorId);
        return certificates.Where(c => visible.Any(v => v.Id == c.CompletionId));
    }

    /// <summary>Reading progress last active on or after the member joined (the matrix's "in progress"); earlier reading is the learner's own.</summary>
    public static IQueryable<ModuleProgress> VisibleTo(this IQueryable<ModuleProgress> progress, AppDbContext db, int organisationId) =>
        progress.Where(p => db.Memberships.Any(m => m.OrganisationId == organisationId && m.UserId == p.UserId && p.LastActivityAtUtc >= m.JoinedAtUtc));

    private static IQueryable<Completion> Visible(IQueryable<Completion> completions, AppDbContext db, IQueryable<Membership> memberships) =>
        completions.Where(c => memberships.Any(m => m.UserId == c.UserId
            && (c.CompletedAtUtc >= m.JoinedAtUtc || db.MembershipShares.Any(s => s.MembershipId == m.Id && s.ModuleId == c.ModuleId))));
}
