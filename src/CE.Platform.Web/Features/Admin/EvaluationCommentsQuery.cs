using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Admin;

/// <summary>One evaluation's free-text comment, without the learner's name so learners can write candidly.</summary>
public sealed record EvaluationComment(string ModuleSlug, string ModuleTitle, int VersionNumber, DateTime SubmittedAtUtc,
    string IntendsPracticeChange, string Text);

public sealed record EvaluationCommentsPage(string ModuleSlug, string ModuleTitle, IReadOnlyList<EvaluationComment> Comments, int Page, bool HasMore);

/// <summary>The comments learners left on their evaluations, newest first: per module on screen, all of them as CSV.</summary>
public sealed class EvaluationCommentsQuery(AppDbContext db)
{
    private const int PageSize = 50;

    /// <summary>One page of a module's comments, or null when no module has that slug.</summary>
    public async Task<EvaluationCommentsPage?> PageAsync(string moduleSlug, int page, CancellationToken cancellationToken)
    {
        var module = await db.Modules.AsNoTracking().Where(m => m.Slug == moduleSlug)
            .Select(m => new { m.Id, m.CurrentVersion!.Title }).SingleOrDefaultAsync(cancellationToken);
        if (module is null)
        {
            return null;
        }

        var comments = await Comments(module.Id).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new EvaluationCommentsPage(moduleSlug, module.Title, comments.Take(PageSize).ToList(), page, comments.Count > PageSize);
    }

    public async Task<CsvDocument> CsvAsync(CancellationToken cancellationToken)
    {
        var csv = new CsvDocument().Row("module_id", "module_title", "content_version", "submitted_utc", "intends_change", "comment");
        await foreach (var c in Comments(moduleId: null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.Row(c.ModuleSlug, c.ModuleTitle, c.VersionNumber, c.SubmittedAtUtc, c.IntendsPracticeChange, c.Text);
        }

        return csv;
    }

    private IQueryable<EvaluationComment> Comments(int? moduleId) =>
        from e in db.Evaluations.AsNoTracking()
        where e.Comments != null && (moduleId == null || e.ModuleId == moduleId)
        join c in db.Completions on e.CompletionId equals c.Id
        join v in db.ModuleVersions on c.ModuleVersionId equals v.Id
        orderby e.SubmittedAtUtc descending, e.Id descending
        select new EvaluationComment(v.Module.Slug, v.Title, v.Number, e.SubmittedAtUtc, e.IntendsPracticeChange, e.Comments!);
}
