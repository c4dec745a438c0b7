using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accommodations;
using CE.Platform.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

public sealed record StartOutcome(int? AttemptId, string? Refusal);

/// <summary>Starts an attempt, or resumes the one in progress; the server draws the questions.</summary>
public sealed class AttemptStarter(AppDbContext db, ModuleDirectory directory, ModuleVersionCache versions, AttemptCloser closer, AccommodationQuery accommodations, TimeProvider clock)
{
    public async Task<StartOutcome?> StartAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        var module = await directory.FindAsync(slug, cancellationToken);
        if (module is null || module.Retired)
        {
            return null;
        }

        await closer.CloseExpiredAsync(userId, module.Id, cancellationToken);
        var open = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == userId && a.ModuleId == module.Id && a.Status == AttemptStatus.InProgress)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            return new StartOutcome(open, null);
        }

        var versionId = await db.ModuleProgress.Where(p => p.UserId == userId && p.ModuleId == module.Id)
            .Select(p => (int?)p.ModuleVersionId).SingleOrDefaultAsync(cancellationToken) ?? module.CurrentVersionId;
        var rules = (await versions.GetAsync(versionId, cancellationToken)).Snapshot.Module.Quiz;
        var history = await HistoryAsync(userId, module.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var granted = await accommodations.ActiveAsync(userId, module.Id, cancellationToken);
        if (AttemptRules.RefusalToStart(rules, history, now, AccommodationRules.ExtraAttempts(granted)) is { } refusal)
        {
            return new StartOutcome(null, refusal);
        }

        var bank = (await versions.GetAsync(versionId, cancellationToken)).Snapshot.Module.Questions;
        var attempt = new QuizAttempt
        {
            UserId = userId,
            ModuleId = module.Id,
            ModuleVersionId = versionId,
            // Numbered across renewals (attempts used counts only the current cycle).
            Number = (await db.QuizAttempts.Where(a => a.UserId == userId && a.ModuleId == module.Id).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0) + 1,
            StartedAtUtc = now,
            DeadlineUtc = AttemptRules.Deadline(rules, now, AccommodationRules.ExtraTime(rules, granted)),
            Status = AttemptStatus.InProgress,
            DrawJson = System.Text.Json.JsonSerializer.Serialize(OptionIds.Assign(QuestionDraw.Draw(bank, rules.Draw, Random.Shared))),
        };
        db.QuizAttempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new StartOutcome(attempt.Id, null);
        }
        catch (DbUpdateException)
        {
            // A second click or tab started the same attempt number first: use that one.
            db.ChangeTracker.Clear();
            var existing = await db.QuizAttempts.AsNoTracking()
                .Where(a => a.UserId == userId && a.ModuleId == module.Id && a.Number == attempt.Number)
                .Select(a => a.Id).SingleAsync(cancellationToken);
            return new StartOutcome(existing, null);
        }
    }

    public async Task<AttemptHistory> HistoryAsync(string userId, int moduleId, CancellationToken cancellationToken) =>
        (await AssessmentRecord.LoadAsync(db, userId, moduleId, clock.GetUtcNow().UtcDateTime, cancellationToken)).History;
}
