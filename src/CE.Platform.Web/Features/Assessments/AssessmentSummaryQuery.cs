using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accommodations;
using CE.Platform.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>A learner's assessment standing in a module, for the module page.</summary>
public sealed record AssessmentSummary(int AttemptsUsed, int? OpenAttemptId, int? PassedAttemptId, int? LastFinishedAttemptId, DateTime? CompletedAtUtc, decimal? CreditClaimed,
    IReadOnlyList<Accommodation> Accommodations, bool RenewalOpen);

public sealed class AssessmentSummaryQuery(AppDbContext db, ModuleDirectory directory, AccommodationQuery accommodations, AttemptStarter starter)
{
    /// <summary>For a module the caller has found (the module page shows it only then).</summary>
    public async Task<AssessmentSummary> ForAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        var moduleId = (await directory.FindAsync(slug, cancellationToken))?.Id ?? throw new InvalidOperationException($"No module '{slug}'.");
        var attempts = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == userId && a.ModuleId == moduleId)
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Status, a.Passed })
            .ToListAsync(cancellationToken);
        var completion = await db.Completions.AsNoTracking()
            .Where(c => c.UserId == userId && c.ModuleId == moduleId)
            .OrderByDescending(c => c.CompletedAtUtc)
            .Select(c => new { c.CompletedAtUtc, c.CreditClaimed })
            .FirstOrDefaultAsync(cancellationToken);
        var history = await starter.HistoryAsync(userId, moduleId, cancellationToken);
        return new AssessmentSummary(
            attempts.Count,
            attempts.LastOrDefault(a => a.Status == AttemptStatus.InProgress)?.Id,
            history.HasPassed ? attempts.LastOrDefault(a => a.Passed == true)?.Id : null,
            attempts.LastOrDefault(a => a.Status != AttemptStatus.InProgress)?.Id,
            completion?.CompletedAtUtc,
            completion?.CreditClaimed,
            await accommodations.ActiveAsync(userId, moduleId, cancellationToken),
            history.RenewalOpen);
    }
}
