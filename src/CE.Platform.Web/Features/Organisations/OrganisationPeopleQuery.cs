using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

public sealed record Person(string UserId, string Name, string Email, string? Unit, bool IsCoordinator, bool HasAccepted, int MembershipId = 0);

/// <summary>An invitation to an existing account that is not (or no longer) waiting to be accepted: the coordinator sees its status only.</summary>
public sealed record InvitedPerson(int InvitationId, string Name, string Email, InvitationStatus Status, DateTime CreatedAtUtc, bool Expired);

public sealed class OrganisationPeopleQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Person>> ListAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        var units = organisation.Units.ToDictionary(u => u.Id, u => u.Name);
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisation.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.Email, m.UnitId, m.IsCoordinator, u.EmailConfirmed, MembershipId = m.Id })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Person(r.Id, r.FullName, r.Email ?? "", r.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, r.IsCoordinator, r.EmailConfirmed, r.MembershipId))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Pending and declined invitations of people who are not members now (accepted ones are in the people list).</summary>
    public async Task<IReadOnlyList<InvitedPerson>> InvitationsAsync(int organisationId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.MembershipInvitations.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && (i.Status == InvitationStatus.Pending || i.Status == InvitationStatus.Declined)
                && !db.Memberships.Any(m => m.OrganisationId == organisationId && m.UserId == i.UserId))
            .Join(db.Users, i => i.UserId, u => u.Id, (i, u) => new { i.Id, u.FullName, u.Email, i.Status, i.CreatedAtUtc, i.ExpiresAtUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new InvitedPerson(r.Id, r.FullName, r.Email ?? "", r.Status, r.CreatedAtUtc, r.ExpiresAtUtc <= now))
            .OrderByDescending(r => r.CreatedAtUtc).ToList();
    }
}
