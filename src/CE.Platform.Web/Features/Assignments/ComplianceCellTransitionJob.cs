using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Stores the statuses that time alone has changed (a due date passed, a renewal cycle opened), so the
/// kept totals catch up. The matrix is exact before this runs (it works such cells out at read time);
/// this keeps the number it has to work out small. Safe to overlap: each learner is locked while refreshed.
/// </summary>
public sealed class ComplianceCellTransitionJob(AppDbContext db, TimeProvider clock)
{
    public const string RecurringJobId = "compliance-cell-transitions";

    private const int LearnersPerTransaction = 500;

    // A bound on one run, in case a rule ever left a cell due at once after its refresh.
    private const int MaxPasses = 400;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var refreshed = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var due = await db.ComplianceCells.Where(c => c.ChangesAtUtc <= now).Select(c => c.UserId).Distinct()
                .Take(LearnersPerTransaction).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            await db.InTransactionAsync(() => ComplianceCellUpdater.RefreshAsync(db, due, now, cancellationToken), cancellationToken);
            refreshed += due.Count;
        }

        return refreshed;
    }
}
