using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Learning;

/// <summary>Module pages for a signed-in learner, recording progress as sections are opened.</summary>
public sealed class ModuleReader(AppDbContext db, ModuleDirectory directory, ModuleVersionCache versions, ProgressCache cache, TimeProvider clock, IOptions<SiteOptions> site)
{
    public async Task<ModuleOverview?> OverviewAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        if (await directory.FindAsync(slug, cancellationToken) is not { } module)
        {
            return null;
        }

        var progress = await FindProgressAsync(userId, module.Id, _ => true, cancellationToken);
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

        var now = clock.GetUtcNow().UtcDateTime;
        bool NeedsNoWrite(ProgressSnapshot? known) => known is not null && ReadingThrottle.CanSkipWrite(known.SectionsRead.Contains(anchor), known.LastActivityAtUtc, now);

        // A write is only ever based on the row as the database has it now, never on a kept copy.
        var existing = await FindProgressAsync(userId, module.Id, NeedsNoWrite, cancellationToken);
        var version = await versions.GetAsync(existing?.ModuleVersionId ?? module.CurrentVersionId, cancellationToken);
        var index = version.Rendered.IndexOf(anchor);
        if (index < 0 || (module.Retired && existing is null))
        {
            return null;
        }

        var progress = NeedsNoWrite(existing)
            ? LearnerProgress.From(existing)
            : await RecordAsync(existing, userId, module.Id, version.VersionId, anchor, now, cancellationToken);
        return new SectionPage(slug, version, index, progress);
    }

    // This instance's kept copy when there is one the caller can use as it is; otherwise the database's row, which is then kept.
    private async Task<ProgressSnapshot?> FindProgressAsync(string userId, int moduleId, Func<ProgressSnapshot?, bool> usable, CancellationToken cancellationToken)
    {
        if (cache.TryGet(userId, moduleId, out var kept) && usable(kept))
        {
            return kept;
        }

        var ticket = cache.BeforeRead(userId, moduleId);
        var read = await ProgressSnapshot.FindAsync(db, userId, moduleId, cancellationToken);
        cache.Keep(ticket, read);
        return read;
    }

    // The one place a reading is written. The row already read is attached rather than read again, so the
    // update sends only the columns that changed and, for a new section, one insert.
    private async Task<LearnerProgress> RecordAsync(ProgressSnapshot? known, string userId, int moduleId, int versionId, string anchor, DateTime now, CancellationToken cancellationToken)
    {
        var progress = known is null
            ? db.ModuleProgress.Add(new ModuleProgress { UserId = userId, ModuleId = moduleId, ModuleVersionId = versionId, StartedAtUtc = now, LastActivityAtUtc = now }).Entity
            : db.ModuleProgress.Attach(new ModuleProgress
            {
                Id = known.Id, UserId = userId, ModuleId = moduleId, ModuleVersionId = known.ModuleVersionId,
                LastActivityAtUtc = known.LastActivityAtUtc, SecondsSpent = known.SecondsSpent, CompletedAtUtc = known.CompletedAtUtc,
            }).Entity;
        progress.SecondsSpent = ActivityTime.Add(progress.SecondsSpent, progress.LastActivityAtUtc, now, ActivityTime.DefaultCap);
        progress.LastActivityAtUtc = now;
        var read = known?.SectionsRead ?? [];
        if (!read.Contains(anchor))
        {
            progress.SectionsRead.Add(new SectionRead { Anchor = anchor, FirstReadAtUtc = now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new LearnerProgress(progress.Status, read.Append(anchor).ToHashSet(StringComparer.Ordinal), progress.SecondsSpent);
        }
        catch (DbUpdateException)
        {
            // Another tab created the record or the section at the same moment: theirs stands.
            db.ChangeTracker.Clear();
            return LearnerProgress.From(await ProgressSnapshot.FindAsync(db, userId, moduleId, cancellationToken));
        }
    }
}
