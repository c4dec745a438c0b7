using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>A registration's progress in its dispatch's module, read from the learner's own records.</summary>
public sealed class ScormStatusQuery(AppDbContext db, ScormTokens tokens, ModuleVersionCache versions)
{
    public async Task<ScormStatus?> ForTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (tokens.RegistrationOf(token) is not { } registrationId)
        {
            return null;
        }

        var target = await db.ScormRegistrations.AsNoTracking().Where(r => r.Id == registrationId)
            .Join(db.ScormDispatches, r => r.DispatchId, d => d.Id, (r, d) => new { r.UserId, d.ModuleId })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return null;
        }

        var completion = await db.Completions.AsNoTracking().Where(c => c.UserId == target.UserId && c.ModuleId == target.ModuleId)
            .OrderByDescending(c => c.CompletedAtUtc).Select(c => new { c.ScorePercent }).FirstOrDefaultAsync(cancellationToken);
        var attempt = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == target.UserId && a.ModuleId == target.ModuleId && a.Passed != null)
            .OrderByDescending(a => a.FinishedAtUtc).Select(a => new { a.ScorePercent, a.Passed }).FirstOrDefaultAsync(cancellationToken);
        var read = await ReadShareAsync(target.UserId, target.ModuleId, cancellationToken);
        return ScormStatus.From(completion is not null
            ? new ScormProgress(true, completion.ScorePercent, true, 1m)
            : new ScormProgress(false, attempt?.ScorePercent, attempt?.Passed, read));
    }

    /// <summary>The share of the module's sections the learner has opened, in the version they are reading.</summary>
    private async Task<decimal> ReadShareAsync(string userId, int moduleId, CancellationToken cancellationToken)
    {
        var progress = await db.ModuleProgress.AsNoTracking().Where(p => p.UserId == userId && p.ModuleId == moduleId)
            .Select(p => new { p.ModuleVersionId, Anchors = p.SectionsRead.Select(s => s.Anchor).ToList() }).SingleOrDefaultAsync(cancellationToken);
        if (progress is null)
        {
            return 0m;
        }

        var sections = (await versions.GetAsync(progress.ModuleVersionId, cancellationToken)).Rendered.Sections.Select(s => s.Anchor).ToList();
        return sections.Count == 0 ? 0m : decimal.Round((decimal)sections.Count(progress.Anchors.Contains) / sections.Count, 2);
    }
}
