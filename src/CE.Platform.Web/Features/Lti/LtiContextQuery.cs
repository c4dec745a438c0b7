using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

public sealed record LtiContextRow(string UserId, string Name, string? LmsEmail, DateTime JoinedAtUtc, DateTime? StartedAtUtc, DateTime? CompletedAtUtc, decimal? ScorePercent);

public sealed record LtiContextPage(string Slug, string ModuleTitle, string OrganisationName, IReadOnlyList<LtiContextRow> Learners)
{
    /// <summary>The LMS course's roster beside these learners (Names and Role Provisioning Services).</summary>
    public LtiRoster? Roster { get; init; }
}

/// <summary>
/// The instructor's read-only view: members of the registration's organisation who came through this registration,
/// with their progress and completion of the module, counted from the day they joined (the consent rule of memberships).
/// </summary>
public sealed class LtiContextQuery(AppDbContext db, ModuleDirectory modules, ModuleVersionCache versions)
{
    public async Task<LtiContextPage?> ForAsync(int registrationId, string slug, CancellationToken cancellationToken)
    {
        var registration = await db.LtiRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId && r.Enabled, cancellationToken);
        if (registration is null || await modules.FindAsync(slug, cancellationToken) is not { } module)
        {
            return null;
        }

        var loginProvider = LtiAccounts.LoginProvider(registrationId);
        var rows = await (
            from membership in db.Memberships.AsNoTracking()
            where membership.OrganisationId == registration.OrganisationId
            join login in db.UserLogins on membership.UserId equals login.UserId
            where login.LoginProvider == loginProvider
            join user in db.Users on membership.UserId equals user.Id
            let progress = db.ModuleProgress.FirstOrDefault(p => p.UserId == user.Id && p.ModuleId == module.Id && p.StartedAtUtc >= membership.JoinedAtUtc)
            let completion = db.Completions.Where(c => c.UserId == user.Id && c.ModuleId == module.Id && c.CompletedAtUtc >= membership.JoinedAtUtc).OrderByDescending(c => c.CompletedAtUtc).FirstOrDefault()
            select new LtiContextRow(
                user.Id,
                user.FullName,
                db.UserClaims.Where(c => c.UserId == user.Id && c.ClaimType == LtiAccounts.EmailClaim).Select(c => c.ClaimValue).FirstOrDefault(),
                membership.JoinedAtUtc,
                progress == null ? null : progress.StartedAtUtc,
                completion == null ? null : completion.CompletedAtUtc,
                completion == null ? null : completion.ScorePercent)).ToListAsync(cancellationToken);
        var title = (await versions.GetAsync(module.CurrentVersionId, cancellationToken)).Snapshot.Module.Title;
        var organisation = await db.Organisations.Where(o => o.Id == registration.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return new LtiContextPage(slug, title, organisation, rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList());
    }
}
