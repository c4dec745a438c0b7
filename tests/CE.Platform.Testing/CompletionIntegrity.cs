using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// What must hold for attempts, completions and certificates however requests were interrupted or
/// raced: nothing half-written, nothing twice, nothing orphaned.
/// </summary>
public static class CompletionIntegrity
{
    /// <summary>Checks the given attempts, their completions and certificates, and that no certificate in the
    /// database lacks its completion or shares a number; returns the completions of those attempts.</summary>
    public static async Task<IReadOnlyList<Completion>> AssertConsistentAsync(AppDbContext db, IReadOnlyCollection<int> attemptIds)
    {
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => attemptIds.Contains(a.Id)).ToListAsync();
        Assert.Equal(attemptIds.Count, attempts.Count);
        foreach (var attempt in attempts)
        {
            var scored = attempt.Status == AttemptStatus.Submitted;
            Assert.True(scored == (attempt.ScorePercent is not null && attempt.Passed is not null && attempt.FinishedAtUtc is not null),
                $"Attempt {attempt.Id} is {attempt.Status} with score {attempt.ScorePercent}, passed {attempt.Passed}, finished {attempt.FinishedAtUtc}.");
        }

        var completions = await db.Completions.AsNoTracking().Include(c => c.Evaluation).Where(c => attemptIds.Contains(c.AttemptId)).ToListAsync();
        foreach (var completion in completions)
        {
            var attempt = attempts.Single(a => a.Id == completion.AttemptId);
            Assert.True(attempt.Passed == true && attempt.ScorePercent == completion.ScorePercent,
                $"Completion {completion.Id} records {completion.ScorePercent}% of attempt {attempt.Id}, which is {attempt.Status} with {attempt.ScorePercent}%.");
            Assert.NotNull(completion.Evaluation);
            var certificate = Assert.Single(await db.Certificates.AsNoTracking().Where(c => c.CompletionId == completion.Id).ToListAsync());
            Assert.True(certificate.Status == CertificateStatus.Valid && certificate.UserId == completion.UserId, $"Certificate {certificate.Number} of completion {completion.Id}.");
            Assert.True(await db.ModuleProgress.AnyAsync(p => p.UserId == completion.UserId && p.ModuleId == completion.ModuleId && p.CompletedAtUtc != null),
                $"Completion {completion.Id} has no completed progress record.");
        }

        Assert.False(await db.Certificates.AnyAsync(c => !db.Completions.Any(x => x.Id == c.CompletionId)), "A certificate has no completion.");
        Assert.False(await db.Certificates.GroupBy(c => c.Number).AnyAsync(g => g.Count() > 1), "Two certificates share a number.");
        return completions;
    }
}
