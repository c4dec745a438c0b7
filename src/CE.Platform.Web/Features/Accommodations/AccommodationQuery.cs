using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Accommodations;

public sealed class AccommodationQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>The learner's accommodations for a module that apply today.</summary>
    public async Task<IReadOnlyList<Accommodation>> ActiveAsync(string userId, int moduleId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await db.Accommodations.AsNoTracking()
            .Where(a => a.UserId == userId && a.ModuleId == moduleId && (a.ValidUntil == null || a.ValidUntil >= today))
            .ToListAsync(cancellationToken);
    }
}
