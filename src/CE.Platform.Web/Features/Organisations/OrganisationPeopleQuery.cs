using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

public sealed record Person(string UserId, string Name, string Email, string? Unit, bool IsCoordinator, bool HasAccepted);

public sealed class OrganisationPeopleQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<Person>> ListAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        var units = organisation.Units.ToDictionary(u => u.Id, u => u.Name);
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisation.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.Email, m.UnitId, m.IsCoordinator, u.EmailConfirmed })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Person(r.Id, r.FullName, r.Email ?? "", r.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, r.IsCoordinator, r.EmailConfirmed))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
