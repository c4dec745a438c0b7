using System.Security.Claims;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// Which organisations the current person coordinates. Every coordinator query goes through here,
/// so an id from another organisation finds nothing and the page answers 404.
/// </summary>
public sealed class OrganisationScope(AppDbContext db, IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public IQueryable<Organisation> Coordinated() => User.IsInRole(Roles.Admin)
        ? db.Organisations
        : db.Organisations.Where(o => db.Memberships.Any(m => m.OrganisationId == o.Id && m.UserId == UserId && m.IsCoordinator));

    /// <summary>The organisation if the current person coordinates it (admins coordinate all); else null.</summary>
    public async Task<Organisation?> FindAsync(int organisationId, CancellationToken cancellationToken = default) =>
        await Coordinated().AsNoTracking().Include(o => o.Units).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);

    /// <summary>True when <paramref name="learnerId"/> belongs to an organisation the current person coordinates.</summary>
    public Task<bool> CoordinatesLearnerAsync(string learnerId, CancellationToken cancellationToken = default) =>
        Coordinated().AnyAsync(o => db.Memberships.Any(m => m.OrganisationId == o.Id && m.UserId == learnerId), cancellationToken);
}
