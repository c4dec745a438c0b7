using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accommodations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>A learner's assessment standing in a module, for the module page.</summary>
public sealed record AssessmentSummary(int AttemptsUsed, int? OpenAttemptId, int? PassedAttemptId, int? LastFinishedAttemptId, DateTime? CompletedAtUtc, decimal? CreditClaimed,
    IReadOnlyList<Accommodation> Accommodations, bool RenewalOpen);

public sealed class AssessmentSummaryQuery(AppDbContext db, AccommodationQuery accommodations, AttemptStarter starter)
{
    public async Task<AssessmentSummary> ForAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        var attempts = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == userId && db.Modules.Any(m => m.Id == a.ModuleId && m.Slug == slug))
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Status, a.Passed })
            .ToListAsync(cancellationToken);
        var completion = await db.Completions.AsNoTracking()
            .Where(c => c.UserId == userId && db.Modules.Any(m => m.Id == c.ModuleId && m.Slug == slug))
            .OrderByDescending(c => c.CompletedAtUtc)
            .Select(c => new { c.CompletedAtUtc, c.CreditClaimed })
            .FirstOrDefaultAsync(cancellationToken);
        var moduleId = await db.Modules.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync(cancellationToken);
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
