using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Admin;

public sealed class AuditLogQuery(AppDbContext db)
{
    private const int PageSize = 50;

    public async Task<AuditPage> PageAsync(int page, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new AuditPage(entries.Take(PageSize).ToList(), page, entries.Count > PageSize);
    }
}
