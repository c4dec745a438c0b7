using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// What of a certificate reaches a coordinator: everything it prints except the licence number (and its
/// region), which goes only where the learner agreed to board reporting, the same consent that lets it
/// reach a licensing board. The learner's own copy and an administrator's keep it.
/// </summary>
public static class CoordinatorCopies
{
    /// <summary>Removes the licence from each copy whose learner did not consent. Copies only (AsNoTracking): the record never changes.</summary>
    public static async Task<IReadOnlyList<Certificate>> WithConsentedLicencesOnlyAsync(
        this AppDbContext db, IReadOnlyList<Certificate> copies, CancellationToken cancellationToken)
    {
        var learners = copies.Where(c => c.LicenseNumber is not null).Select(c => c.UserId).OfType<string>().Distinct().ToList();
        var consenting = (await db.Users.Where(u => learners.Contains(u.Id) && u.ReportToBoards).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var copy in copies.Where(c => c.UserId is null || !consenting.Contains(c.UserId)))
        {
            copy.LicenseNumber = null;
            copy.LicenseRegion = null;
        }

        return copies;
    }
}
