using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>The modules a learner completed, each marked when its earlier completions are shared with a membership.</summary>
public static class ShareableModules
{
    public static async Task<IReadOnlyList<ShareableModule>> OfAsync(AppDbContext db, string userId, int? membershipId, CancellationToken cancellationToken)
    {
        var rows = await db.Completions.AsNoTracking().Where(c => c.UserId == userId)
            .GroupBy(c => c.ModuleId)
            .Select(g => new { ModuleId = g.Key, Last = g.Max(c => c.CompletedAtUtc) })
            .Join(db.Modules, x => x.ModuleId, m => m.Id, (x, m) => new
            {
                x.ModuleId, x.Last, m.Position,
                Title = m.CurrentVersion != null ? m.CurrentVersion.Title : m.Slug,
                Shared = membershipId != null && db.MembershipShares.Any(s => s.MembershipId == membershipId && s.ModuleId == x.ModuleId),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Position).Select(r => new ShareableModule(r.ModuleId, r.Title, r.Last, r.Shared)).ToList();
    }
}
