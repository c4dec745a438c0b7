using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// An LMS learner of a dispatch, found by (dispatch, LMS learner id) or created on first launch: a
/// seat taken, an email-less account (the LMS's name is only a display name, never used to link),
/// a membership of the client organisation from now on, and that organisation's assignments.
/// </summary>
public sealed class ScormRegistrations(AppDbContext db, UserManager<AppUser> users, AssignmentExpansion expansion, AuditLog audit, TimeProvider clock)
{
    public async Task<ScormRegistration?> FindOrCreateAsync(ScormDispatch dispatch, string organisationName, string learnerKey, string learnerName, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(dispatch.Id, learnerKey, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        try
        {
            return await db.InTransactionAsync(() => CreateAsync(dispatch, organisationName, learnerKey, learnerName, cancellationToken), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same learner's first launch raced this one and won: theirs is the registration (our seat was rolled back).
            db.ChangeTracker.Clear();
            return await FindAsync(dispatch.Id, learnerKey, cancellationToken) ?? throw new InvalidOperationException("A SCORM registration could not be saved.");
        }
    }

    private Task<ScormRegistration?> FindAsync(int dispatchId, string learnerKey, CancellationToken cancellationToken) =>
        db.ScormRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.DispatchId == dispatchId && r.LearnerKey == learnerKey, cancellationToken);

    private async Task<ScormRegistration?> CreateAsync(ScormDispatch dispatch, string organisationName, string learnerKey, string learnerName, CancellationToken cancellationToken)
    {
        // The database settles the seat count: two launches cannot both take the last seat.
        var seated = await db.ScormDispatches.Where(d => d.Id == dispatch.Id && d.SeatsUsed < d.SeatLimit)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.SeatsUsed, d => d.SeatsUsed + 1), cancellationToken);
        if (seated == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var email = SyntheticEmails.New($"scorm{dispatch.Id}");
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = learnerName, CreatedAtUtc = now };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create a SCORM learner's account: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        var registration = new ScormRegistration { DispatchId = dispatch.Id, LearnerKey = learnerKey, UserId = user.Id, CreatedAtUtc = now };
        db.ScormRegistrations.Add(registration);
        var membership = db.Memberships.Add(new Membership { OrganisationId = dispatch.OrganisationId, UserId = user.Id, JoinedAtUtc = now }).Entity;
        audit.Record("scorm.registered", email, $"dispatch {dispatch.Id}, {organisationName}");
        audit.Record("organisation.member-joined", email, $"{organisationName}, by SCORM launch");
        await db.SaveChangesAsync(cancellationToken);
        await expansion.ForMemberAsync(membership, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return registration;
    }
}
