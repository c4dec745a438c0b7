using System.Security.Cryptography;
using System.Text;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Entities;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Content.Import;

/// <summary>
/// Loads valid courses into the database. A module gets a new content version only when its
/// content hash changed; a course with errors is skipped whole, so its previous versions keep
/// serving (warnings do not stop it); nothing is deleted — a module no longer in its course is retired.
/// </summary>
public sealed class ContentImporter(AppDbContext db, CourseFolderReader reader, ModuleRenderer renderer, ContentEpoch epoch, TimeProvider clock, ILogger<ContentImporter> logger)
{
    public async Task<ContentImportRun> ImportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var results = reader.Read(folder);
        var changes = new List<string>();
        foreach (var course in results.Select(r => r.Course).OfType<CourseDefinition>())
        {
            changes.AddRange(await ImportCourseAsync(course, cancellationToken));
        }

        // Only errors stop a course and are kept with the run (and shown on /admin/content). Item-writing
        // warnings are for authors, who list them with `courses validate`: here they are counted once per
        // course (every start-up imports, and hundreds of lines each time would bury real problems).
        var problems = results.SelectMany(r => r.Errors).ToList();
        foreach (var problem in problems)
        {
            logger.LogError("Course content not imported: {Problem}", problem.ToString());
        }

        foreach (var result in results.Where(r => r.Warnings.Count > 0))
        {
            logger.LogWarning("Course content in {Folder} has {Count} item-writing warning(s); `courses validate` lists them", result.Folder, result.Warnings.Count);
            foreach (var warning in result.Warnings)
            {
                logger.LogDebug("Course content warning: {Problem}", warning.ToString());
            }
        }

        var run = new ContentImportRun
        {
            StartedAtUtc = started,
            FinishedAtUtc = clock.GetUtcNow().UtcDateTime,
            Succeeded = problems.Count == 0,
            Summary = changes.Count == 0 ? "No content changed." : string.Join("; ", changes),
            Problems = string.Join('\n', problems),
        };
        db.ContentImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        epoch.Observe(run.Id); // this instance serves the new content at once; the others within a second
        logger.LogInformation("Content import: {Summary}", run.Summary);
        return run;
    }

    private async Task<List<string>> ImportCourseAsync(CourseDefinition definition, CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var changes = new List<string>();
            var course = await db.Courses.Include(c => c.Modules).ThenInclude(m => m.CurrentVersion)
                .SingleOrDefaultAsync(c => c.Slug == definition.Id, cancellationToken);
            if (course is null)
            {
                course = new Course { Slug = definition.Id, Title = definition.Title, Description = definition.Description, ProviderStatement = definition.ProviderStatement };
                db.Courses.Add(course);
                changes.Add($"new course {definition.Id}");
            }

            course.Title = definition.Title;
            course.Description = definition.Description;
            course.ProviderStatement = definition.ProviderStatement;
            course.RetiredAtUtc = null;
            course.UpdatedAtUtc = now;

            var snapshotCourse = CourseSnapshot.From(definition);
            for (var position = 0; position < definition.Modules.Count; position++)
            {
                var change = await ImportModuleAsync(course, definition.Modules[position], position + 1, snapshotCourse, now, cancellationToken);
                if (change is not null)
                {
                    changes.Add(change);
                }
            }

            foreach (var removed in course.Modules.Where(m => m.RetiredAtUtc is null && definition.Modules.All(d => d.Id != m.Slug)))
            {
                removed.RetiredAtUtc = now;
                changes.Add($"{removed.Slug} retired");
            }

            await db.SaveChangesAsync(cancellationToken);
            return changes;
        }, cancellationToken);
    }

    /// <summary>Stores each image the module uses (once per content hash); returns path → hash.</summary>
    private async Task<SortedDictionary<string, string>> StoreImagesAsync(ModuleDefinition definition, CancellationToken cancellationToken)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, file) in definition.ImageFiles)
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            hashes[path] = hash;
            if (!await db.ContentAssets.AnyAsync(a => a.Hash == hash, cancellationToken) && db.ContentAssets.Local.All(a => a.Hash != hash))
            {
                db.ContentAssets.Add(new ContentAsset { Hash = hash, ContentType = ImageReferences.ContentTypes[Path.GetExtension(path)], Content = bytes });
            }
        }

        return hashes;
    }

    private async Task<string?> ImportModuleAsync(Course course, ModuleDefinition definition, int position, CourseSnapshot snapshotCourse, DateTime now, CancellationToken cancellationToken)
    {
        var images = await StoreImagesAsync(definition, cancellationToken);
        var snapshotRecord = new ModuleSnapshot(snapshotCourse, definition, images.Count == 0 ? null : images);
        var snapshot = snapshotRecord.ToJson();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));
        var module = course.Modules.SingleOrDefault(m => m.Slug == definition.Id)
            ?? await db.Modules.Include(m => m.CurrentVersion).SingleOrDefaultAsync(m => m.Slug == definition.Id, cancellationToken);
        if (module is null)
        {
            module = new Module { Slug = definition.Id, Course = course };
            db.Modules.Add(module);
        }

        module.Course = course;
        module.Position = position;
        var wasRetired = module.RetiredAtUtc is not null;
        module.RetiredAtUtc = null;
        if (module.CurrentVersion?.ContentHash == hash)
        {
            return wasRetired ? $"{definition.Id} restored" : null;
        }

        var number = module.Id == 0 ? 1 : await db.ModuleVersions.Where(v => v.ModuleId == module.Id).MaxAsync(v => (int?)v.Number, cancellationToken) + 1 ?? 1;
        var version = new ModuleVersion
        {
            Module = module,
            Number = number,
            ContentHash = hash,
            ImportedAtUtc = now,
            SourcePath = definition.SourcePath,
            Title = definition.Title,
            Summary = definition.Summary,
            EstimatedMinutes = definition.EstimatedMinutes,
            CreditHours = definition.CreditHours,
            DefinitionJson = snapshot,
            RenderedJson = renderer.Render(definition, snapshotRecord.ImageUrls()).ToJson(),
        };
        db.ModuleVersions.Add(version);
        // The version row must exist before the module can point at it.
        await db.SaveChangesAsync(cancellationToken);
        module.CurrentVersion = version;
        return $"{definition.Id} v{number}";
    }
}
