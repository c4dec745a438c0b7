using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Accommodations;

public sealed record AccommodationRow(string LearnerName, string ModuleTitle, int ExtraMinutes, decimal TimeMultiplier, int ExtraAttempts, DateOnly? ValidUntil, string Reason, DateTime GrantedAtUtc);

/// <summary>Grants accommodations to members of an organisation the caller coordinates; audited; refused whole when anything is wrong.</summary>
public sealed class AccommodationService(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<bool> GrantAsync(Organisation organisation, AccommodationForm form, string grantedBy, Action<string, string> reportError, CancellationToken cancellationToken = default)
    {
        var learner = await db.Memberships.Where(m => m.OrganisationId == organisation.Id && m.UserId == form.LearnerId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var module = await db.Modules.Where(m => m.Slug == form.Module && m.CurrentVersionId != null).Select(m => new { m.Id, m.Slug }).SingleOrDefaultAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = new List<(string Field, string Message)>();
        if (learner is null)
        {
            problems.Add((nameof(form.LearnerId), "This person is not a member of this organisation."));
        }

        if (module is null)
        {
            problems.Add((nameof(form.Module), "There is no such module."));
        }

        if (form.ExtraMinutes == 0 && form.TimeMultiplier == 1m && form.ExtraAttempts == 0)
        {
            problems.Add((nameof(form.ExtraMinutes), "Grant extra minutes, a time multiplier or extra attempts."));
        }

        if (form.ValidUntil < today)
        {
            problems.Add((nameof(form.ValidUntil), "The end date is in the past."));
        }

        foreach (var (field, message) in problems)
        {
            reportError(field, message);
        }

        if (problems.Count > 0)
        {
            return false;
        }

        db.Accommodations.Add(new Accommodation
        {
            UserId = learner!.Id, ModuleId = module!.Id, OrganisationId = organisation.Id, ExtraMinutes = form.ExtraMinutes, TimeMultiplier = form.TimeMultiplier,
            ExtraAttempts = form.ExtraAttempts, ValidUntil = form.ValidUntil, Reason = form.Reason!.Trim(), GrantedByUserId = grantedBy, GrantedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("accommodation.granted", $"{learner.Email} / {module.Slug}",
            $"+{form.ExtraMinutes} min, ×{form.TimeMultiplier:0.##} time, +{form.ExtraAttempts} attempts{(form.ValidUntil is { } until ? $", until {until:yyyy-MM-dd}" : "")}: {form.Reason!.Trim()}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<AccommodationRow>> ListAsync(int organisationId, CancellationToken cancellationToken = default) =>
        await db.Accommodations.AsNoTracking().Where(a => a.OrganisationId == organisationId && db.Memberships.Any(m => m.OrganisationId == organisationId && m.UserId == a.UserId)).OrderByDescending(a => a.GrantedAtUtc)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a, u.FullName })
            .Join(db.Modules, x => x.a.ModuleId, m => m.Id, (x, m) => new AccommodationRow(x.FullName, m.CurrentVersion!.Title, x.a.ExtraMinutes, x.a.TimeMultiplier, x.a.ExtraAttempts, x.a.ValidUntil, x.a.Reason, x.a.GrantedAtUtc))
            .ToListAsync(cancellationToken);
}
