using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// Finishes attempts exactly once. Every path (submit, late save, expiry job) ends here, and the
/// final update only applies to an attempt still in progress, so racing requests score it once.
/// </summary>
public sealed class AttemptCloser(AppDbContext db, ModuleVersionCache versions, TimeProvider clock)
{
    /// <summary>Scores and closes the attempt; false when another request had already closed it.</summary>
    /// <param name="answerTimesJson">The first-answer times including this submission's answers; null keeps the saved ones.</param>
    public async Task<bool> FinishAsync(OwnedAttempt owned, AttemptAnswers answers, LateOutcome outcome, CancellationToken cancellationToken, string? answerTimesJson = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = owned.Module.Quiz;
        var score = outcome == LateOutcome.Abandon ? null : QuizScorer.Score(owned.Questions, answers, rules.PassingScore);
        var (status, note) = outcome switch
        {
            LateOutcome.Abandon => (AttemptStatus.Abandoned, "Time ran out; under this module's rules a late attempt is closed without a score."),
            LateOutcome.CloseWithSavedAnswers => (AttemptStatus.AutoSubmitted, "Time ran out; the answers saved before the deadline were scored, and anything sent later was not counted."),
            _ => (AttemptStatus.Submitted, (string?)null),
        };
        var json = answers.ToJson();
        var updated = await db.QuizAttempts
            .Where(a => a.Id == owned.Attempt.Id && a.Status == AttemptStatus.InProgress)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, status)
                .SetProperty(a => a.AnswersJson, json)
                .SetProperty(a => a.ScorePercent, score == null ? null : score.Percent)
                .SetProperty(a => a.Passed, score == null ? false : score.Passed)
                .SetProperty(a => a.FinishedAtUtc, now)
                .SetProperty(a => a.Note, note)
                .SetProperty(a => a.AnswerTimesJson, a => answerTimesJson ?? a.AnswerTimesJson), cancellationToken);
        return updated == 1;
    }

    /// <summary>Closes this learner's expired attempts at a module (before starting another).</summary>
    public Task<int> CloseExpiredAsync(string userId, int moduleId, CancellationToken cancellationToken) =>
        CloseExpiredAsync(db.QuizAttempts.Where(a => a.UserId == userId && a.ModuleId == moduleId), cancellationToken);

    /// <summary>Closes every expired attempt: the recurring job.</summary>
    public Task<int> CloseAllExpiredAsync(CancellationToken cancellationToken) => CloseExpiredAsync(db.QuizAttempts, cancellationToken);

    private async Task<int> CloseExpiredAsync(IQueryable<QuizAttempt> scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await scope.AsNoTracking()
            .Where(a => a.Status == AttemptStatus.InProgress && a.DeadlineUtc != null && a.DeadlineUtc < now)
            .Join(db.Modules, a => a.ModuleId, m => m.Id, (a, m) => new { Attempt = a, m.Slug })
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var candidate in candidates)
        {
            var owned = new OwnedAttempt(candidate.Attempt, candidate.Slug, await versions.GetAsync(candidate.Attempt.ModuleVersionId, cancellationToken));
            var outcome = AttemptRules.OnAction(owned.Module.Quiz, candidate.Attempt.DeadlineUtc, now);
            if (outcome != LateOutcome.Accept && await FinishAsync(owned, candidate.Attempt.Answers, outcome, cancellationToken))
            {
                closed++;
            }
        }

        return closed;
    }
}
