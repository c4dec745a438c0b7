using System.Collections.Concurrent;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// What the module pages read of a learner's progress in one module: one untracked, compiled query (the
/// columns the pages use and the anchors read), sent on every module page view.
/// </summary>
public sealed record ProgressSnapshot(int Id, int ModuleVersionId, DateTime LastActivityAtUtc, int SecondsSpent, DateTime? CompletedAtUtc, List<string> SectionsRead)
{
    // A compiled query keeps the executor of the first provider it ran on, so each provider's context type gets
    // its own (one in production; the tests run SQLite and PostgreSQL in one process).
    private static readonly ConcurrentDictionary<Type, Func<AppDbContext, string, int, CancellationToken, Task<ProgressSnapshot?>>> Queries = new();

    public static Task<ProgressSnapshot?> FindAsync(AppDbContext db, string userId, int moduleId, CancellationToken cancellationToken) =>
        Queries.GetOrAdd(db.GetType(), _ => Compile())(db, userId, moduleId, cancellationToken);

    private static Func<AppDbContext, string, int, CancellationToken, Task<ProgressSnapshot?>> Compile() => EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int moduleId, CancellationToken _) => db.ModuleProgress
            .Where(p => p.UserId == userId && p.ModuleId == moduleId)
            .Select(p => new ProgressSnapshot(p.Id, p.ModuleVersionId, p.LastActivityAtUtc, p.SecondsSpent, p.CompletedAtUtc, p.SectionsRead.Select(s => s.Anchor).ToList()))
            .SingleOrDefault());

    public ModuleStatus Status => CompletedAtUtc is not null ? ModuleStatus.Completed : ModuleStatus.InProgress;
}
