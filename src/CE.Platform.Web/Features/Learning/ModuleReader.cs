using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Learning;

/// <summary>Module pages for a signed-in learner, recording progress as sections are opened.</summary>
public sealed class ModuleReader(AppDbContext db, ModuleDirectory directory, ModuleVersionCache versions, TimeProvider clock, IOptions<SiteOptions> site)
{
    public async Task<ModuleOverview?> OverviewAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        if (await directory.FindAsync(slug, cancellationToken) is not { } module)
        {
            return null;
        }

        var progress = await db.ModuleProgress.AsNoTracking().Include(p => p.SectionsRead)
            .SingleOrDefaultAsync(p => p.UserId == userId && p.ModuleId == module.Id, cancellationToken);
        if (module.Retired && progress is null)
        {
            return null;
        }

        var version = await versions.GetAsync(progress?.ModuleVersionId ?? module.CurrentVersionId, cancellationToken);
        return new ModuleOverview(slug, version, LearnerProgress.From(progress), site.Value.ProviderName);
    }

    /// <summary>Shows a section and records that the learner opened it; null when there is no such section.</summary>
    public async Task<SectionPage?> ReadSectionAsync(string userId, string slug, string anchor, CancellationToken cancellationToken = default)
    {
        if (await directory.FindAsync(slug, cancellationToken) is not { } module)
        {
            return null;
        }

        var existing = await db.ModuleProgress.Include(p => p.SectionsRead)
            .SingleOrDefaultAsync(p => p.UserId == userId && p.ModuleId == module.Id, cancellationToken);
        var version = await versions.GetAsync(existing?.ModuleVersionId ?? module.CurrentVersionId, cancellationToken);
        var index = version.Rendered.Sections.ToList().FindIndex(s => s.Anchor == anchor);
        if (index < 0 || (module.Retired && existing is null))
        {
            return null;
        }

        var progress = await RecordAsync(existing, userId, module.Id, version.VersionId, anchor, cancellationToken);
        return new SectionPage(slug, version, index, LearnerProgress.From(progress));
    }

    private async Task<ModuleProgress> RecordAsync(ModuleProgress? progress, string userId, int moduleId, int versionId, string anchor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Re-reading a section within half a minute changes nothing worth a write; the time is
        // counted at the next write from the last recorded activity.
        if (progress is not null && progress.SectionsRead.Any(s => s.Anchor == anchor) && now - progress.LastActivityAtUtc < TimeSpan.FromSeconds(30))
        {
            return progress;
        }

        if (progress is null)
        {
            progress = new ModuleProgress { UserId = userId, ModuleId = moduleId, ModuleVersionId = versionId, StartedAtUtc = now, LastActivityAtUtc = now };
            db.ModuleProgress.Add(progress);
        }

        progress.SecondsSpent = ActivityTime.Add(progress.SecondsSpent, progress.LastActivityAtUtc, now, ActivityTime.DefaultCap);
        progress.LastActivityAtUtc = now;
        if (progress.SectionsRead.All(s => s.Anchor != anchor))
        {
            progress.SectionsRead.Add(new SectionRead { Anchor = anchor, FirstReadAtUtc = now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return progress;
        }
        catch (DbUpdateException)
        {
            // Another tab created the record or the section at the same moment: theirs stands.
            db.ChangeTracker.Clear();
            return await db.ModuleProgress.AsNoTracking().Include(p => p.SectionsRead)
                .SingleAsync(p => p.UserId == userId && p.ModuleId == moduleId, cancellationToken);
        }
    }
}
