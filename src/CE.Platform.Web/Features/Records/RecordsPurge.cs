using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Records;

public sealed record PurgePlan(DateTime CutoffUtc, int Certificates, int Completions, int Evaluations, int Attempts, int Progress)
{
    public override string ToString() =>
        $"Records from before {CutoffUtc:yyyy-MM-dd}: {Certificates} certificate(s), {Completions} completion(s), {Evaluations} evaluation(s), {Attempts} attempt(s), {Progress} progress record(s).";
}

/// <summary>
/// The only path that removes learning records: those older than the retention window, never a
/// shorter window than the setting, and only when explicitly confirmed (otherwise a dry run).
/// </summary>
public sealed class RecordsPurge(AppDbContext db, IOptions<RecordsOptions> options, AuditLog audit, TimeProvider clock)
{
    /// <summary>Null with a reason when the window is shorter than the setting.</summary>
    public (PurgePlan? Plan, string? Refusal) Plan(int olderThanYears)
    {
        if (olderThanYears < options.Value.RetentionYears)
        {
            return (null, $"Refused: {olderThanYears} year(s) is shorter than Records:RetentionYears ({options.Value.RetentionYears}); records are kept at least that long.");
        }

        var cutoff = clock.GetUtcNow().UtcDateTime.AddYears(-olderThanYears);
        var completions = db.Completions.Where(c => c.CompletedAtUtc < cutoff);
        return (new PurgePlan(cutoff,
            db.Certificates.Count(c => completions.Any(x => x.Id == c.CompletionId)),
            completions.Count(),
            db.Evaluations.Count(e => completions.Any(x => x.Id == e.CompletionId)),
            OldAttempts(cutoff).Count(),
            db.ModuleProgress.Count(p => p.LastActivityAtUtc < cutoff)), null);
    }

    public Task PurgeAsync(PurgePlan plan, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(() => PurgeInTransactionAsync(plan, cancellationToken), cancellationToken);

    private async Task PurgeInTransactionAsync(PurgePlan plan, CancellationToken cancellationToken)
    {
        var cutoff = plan.CutoffUtc;
        var completionIds = db.Completions.Where(c => c.CompletedAtUtc < cutoff).Select(c => c.Id);
        await db.Certificates.Where(c => completionIds.Contains(c.CompletionId)).ExecuteDeleteAsync(cancellationToken);
        await db.LearnerAssignments.Where(l => l.CompletionId != null && completionIds.Contains(l.CompletionId.Value))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.CompletionId, (int?)null), cancellationToken);
        await db.Evaluations.Where(e => completionIds.Contains(e.CompletionId)).ExecuteDeleteAsync(cancellationToken);
        await db.Completions.Where(c => c.CompletedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        await OldAttempts(cutoff).ExecuteDeleteAsync(cancellationToken);
        var readers = await db.ModuleProgress.Where(p => p.LastActivityAtUtc < cutoff).Select(p => p.UserId).Distinct().ToListAsync(cancellationToken);
        await db.ModuleProgress.Where(p => p.LastActivityAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        // A bulk delete passes the change tracker by, so the readers' compliance cells are refreshed here.
        await ComplianceCellUpdater.RefreshAsync(db, readers, clock.GetUtcNow().UtcDateTime, cancellationToken);
        audit.Record("records.purged", $"before {cutoff:yyyy-MM-dd}", plan.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }

    // Finished attempts before the cutoff that no remaining completion points at.
    private IQueryable<Assessments.QuizAttempt> OldAttempts(DateTime cutoff) =>
        db.QuizAttempts.Where(a => a.StartedAtUtc < cutoff && !db.Completions.Any(c => c.AttemptId == a.Id && c.CompletedAtUtc >= cutoff));
}
