using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// A learner's attempts and completions at one module, read together: two queries, and a third
/// only when they have completed it (is a renewal open?). The rules and the module page both work
/// from it.
/// </summary>
public sealed record AssessmentRecord(IReadOnlyList<AssessmentRecord.AttemptRow> Attempts, IReadOnlyList<AssessmentRecord.CompletionRow> Completions, bool RenewalOpen)
{
    public sealed record AttemptRow(int Id, AttemptStatus Status, bool? Passed, DateTime StartedAtUtc, DateTime? FinishedAtUtc);

    public sealed record CompletionRow(int AttemptId, DateTime CompletedAtUtc, decimal CreditClaimed);

    public CompletionRow? LatestCompletion => Completions.MaxBy(c => c.CompletedAtUtc);

    /// <summary>What counts for the rules: the attempts since the last completion (a renewal starts afresh).</summary>
    public AttemptHistory History
    {
        get
        {
            var completed = LatestCompletion?.CompletedAtUtc;
            var claimed = Completions.Select(c => c.AttemptId).ToHashSet();
            var current = Attempts.Where(a => completed == null || a.StartedAtUtc > completed).ToList();
            return new AttemptHistory(current.Count, current.Max(a => a.FinishedAtUtc), current.Any(a => a.Passed == true && !claimed.Contains(a.Id)), completed, RenewalOpen);
        }
    }

    public static async Task<AssessmentRecord> LoadAsync(AppDbContext db, string userId, int moduleId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.UserId == userId && a.ModuleId == moduleId).OrderBy(a => a.Number)
            .Select(a => new AttemptRow(a.Id, a.Status, a.Passed, a.StartedAtUtc, a.FinishedAtUtc)).ToListAsync(cancellationToken);
        var completions = await db.Completions.AsNoTracking().Where(c => c.UserId == userId && c.ModuleId == moduleId)
            .Select(c => new CompletionRow(c.AttemptId, c.CompletedAtUtc, c.CreditClaimed)).ToListAsync(cancellationToken);
        var renewalOpen = completions.Count > 0 && await db.LearnerAssignments.AnyAsync(
            l => l.UserId == userId && l.ModuleId == moduleId && l.CompletedAtUtc == null && l.OpensAtUtc <= nowUtc, cancellationToken);
        return new AssessmentRecord(attempts, completions, renewalOpen);
    }
}
