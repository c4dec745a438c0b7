using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>An attempt loaded for its owner, with the module version it was drawn from.</summary>
public sealed record OwnedAttempt(QuizAttempt Attempt, string ModuleSlug, ModuleVersionCache.Entry Version)
{
    public ModuleDefinition Module => Version.Snapshot.Module;

    /// <summary>The drawn questions in attempt order.</summary>
    public IReadOnlyList<QuestionDefinition> Questions =>
        Attempt.Draw.Select(d => Module.Questions.Single(q => q.Id == d.QuestionId)).ToList();

    /// <summary>Someone else's attempt id, or one that does not exist, gives null: the caller answers 404 for both.</summary>
    public static async Task<OwnedAttempt?> LoadAsync(AppDbContext db, ModuleVersionCache versions, string userId, int attemptId, CancellationToken cancellationToken)
    {
        var row = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.Id == attemptId && a.UserId == userId)
            .Join(db.Modules, a => a.ModuleId, m => m.Id, (a, m) => new { Attempt = a, m.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new OwnedAttempt(row.Attempt, row.Slug, await versions.GetAsync(row.Attempt.ModuleVersionId, cancellationToken));
    }
}
