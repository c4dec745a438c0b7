using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accommodations;
using CE.Platform.Web.Features.Content;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>A learner's assessment standing in a module, for the module page.</summary>
public sealed record AssessmentSummary(int AttemptsUsed, int? OpenAttemptId, int? PassedAttemptId, int? LastFinishedAttemptId, DateTime? CompletedAtUtc, decimal? CreditClaimed,
    IReadOnlyList<Accommodation> Accommodations, bool RenewalOpen);

public sealed class AssessmentSummaryQuery(AppDbContext db, ModuleDirectory directory, AccommodationQuery accommodations, TimeProvider clock)
{
    /// <summary>For a module the caller has found (the module page shows it only then).</summary>
    public async Task<AssessmentSummary> ForAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        var moduleId = (await directory.FindAsync(slug, cancellationToken))?.Id ?? throw new InvalidOperationException($"No module '{slug}'.");
        var record = await AssessmentRecord.LoadAsync(db, userId, moduleId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var history = record.History;
        var attempts = record.Attempts;
        return new AssessmentSummary(
            attempts.Count,
            attempts.LastOrDefault(a => a.Status == AttemptStatus.InProgress)?.Id,
            history.HasPassed ? attempts.LastOrDefault(a => a.Passed == true)?.Id : null,
            attempts.LastOrDefault(a => a.Status != AttemptStatus.InProgress)?.Id,
            record.LatestCompletion?.CompletedAtUtc,
            record.LatestCompletion?.CreditClaimed,
            await accommodations.ActiveAsync(userId, moduleId, cancellationToken),
            history.RenewalOpen);
    }
}
