using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Quality;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>The outcome of reading one course folder: the course when it has no errors, and every problem found (errors and warnings).</summary>
public sealed record CourseReadResult(string Folder, CourseDefinition? Course, IReadOnlyList<ContentProblem> Problems)
{
    public IReadOnlyList<ContentProblem> Errors => Problems.Where(p => p.IsError).ToList();

    public IReadOnlyList<ContentProblem> Warnings => Problems.Where(p => !p.IsError).ToList();
}

/// <summary>
/// Reads and validates every course under a <c>courses/</c> folder, item-writing rules included. A course
/// with any error yields no definition, so it is never imported half-valid; warnings do not stop it, unless
/// <c>strict</c> makes every warning an error. Paths in problems are relative to the folder's parent (<c>courses/…</c>).
/// </summary>
public sealed class CourseFolderReader(TimeProvider clock)
{
    public const string CourseFileName = "course.yaml";

    public IReadOnlyList<CourseReadResult> Read(string coursesFolder, bool strict = false)
    {
        var root = Path.GetFullPath(coursesFolder);
        if (!Directory.Exists(root))
        {
            return [new CourseReadResult(coursesFolder, null, [new ContentProblem(coursesFolder, 0, "the courses folder does not exist")])];
        }

        var results = Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            .Select(folder => ReadCourse(folder, Path.GetDirectoryName(root)!, strict))
            .ToList();
        return WithDuplicateModuleIdsReported(results);
    }

    private CourseReadResult ReadCourse(string folder, string relativeTo, bool strict)
    {
        var problems = new List<ContentProblem>();
        var courseFile = new ContentFile(Relative(Path.Combine(folder, CourseFileName), relativeTo), problems);
        if (!File.Exists(Path.Combine(folder, CourseFileName)))
        {
            courseFile.Report(0, $"a course folder needs a {CourseFileName}");
            return new CourseReadResult(folder, null, problems);
        }

        var course = CourseFileParser.Parse(File.ReadAllText(Path.Combine(folder, CourseFileName)), courseFile);
        var modules = new List<ModuleItems>();
        foreach (var (name, line) in course?.ModuleFiles ?? [])
        {
            if (ReadModule(folder, name, line, relativeTo, course!, courseFile) is { } module)
            {
                modules.Add(module);
            }
        }

        ReportUnlistedModules(folder, course, courseFile);
        problems.AddRange(ItemWritingRules.Check(modules).Select(f => f.ToProblem()));
        if (strict)
        {
            problems = problems.Select(p => p.AsError()).ToList();
        }

        var valid = problems.All(p => !p.IsError) && course is { Id: { } id, Title: { } title, Description: { } description, ProviderStatement: { } statement };
        return new CourseReadResult(folder,
            valid ? new CourseDefinition(course!.Id!, course.Title!, course.Description!, course.ProviderStatement!, course.CreditTypes, modules.Select(m => m.Module).ToList(), courseFile.Path) : null,
            problems);
    }

    private ModuleItems? ReadModule(string folder, string name, int line, string relativeTo, CourseFileParser.Result course, ContentFile courseFile)
    {
        var modulePath = Path.Combine(folder, name + ".md");
        var bankPath = Path.Combine(folder, name + ".questions.yaml");
        if (!File.Exists(modulePath))
        {
            courseFile.Report(line, $"the module '{name}' has no file {name}.md");
            return null;
        }

        var moduleFile = courseFile with { Path = Relative(modulePath, relativeTo) };
        var module = ModuleFileParser.Parse(File.ReadAllText(modulePath), moduleFile);
        if (!File.Exists(bankPath))
        {
            moduleFile.Report(0, $"the module has no question bank {name}.questions.yaml");
            return null;
        }

        var bankFile = courseFile with { Path = Relative(bankPath, relativeTo) };
        var questions = QuestionBankParser.Parse(File.ReadAllText(bankPath), bankFile);
        return module is null
            ? null
            : new ModuleItems(ModuleChecks.Apply(module, questions, course.CreditTypes, folder, moduleFile, bankFile, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), questions);
    }

    private static void ReportUnlistedModules(string folder, CourseFileParser.Result? course, ContentFile courseFile)
    {
        if (course is null)
        {
            return; // course.yaml itself could not be read; its problem says so.
        }

        var listed = course.ModuleFiles.Select(m => m.File).ToHashSet();
        foreach (var markdown in Directory.GetFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
        {
            if (!listed.Contains(markdown!))
            {
                courseFile.Report(0, $"{markdown}.md is not listed under 'modules'; list it or move it out of the course folder");
            }
        }
    }

    private static List<CourseReadResult> WithDuplicateModuleIdsReported(List<CourseReadResult> results)
    {
        var seen = new Dictionary<string, string>();
        var courses = new Dictionary<string, string>();
        return results.Select(result =>
        {
            var duplicates = (result.Course?.Modules ?? [])
                .Where(m => !seen.TryAdd(m.Id, m.SourcePath))
                .Select(m => new ContentProblem(m.SourcePath, m.LineOf("id"), $"duplicate module id '{m.Id}' (also in {seen[m.Id]})"))
                .ToList();
            if (result.Course is { } course && !courses.TryAdd(course.Id, course.SourcePath))
            {
                duplicates.Add(new ContentProblem(course.SourcePath, 1, $"duplicate course id '{course.Id}' (also in {courses[course.Id]})"));
            }

            return duplicates.Count == 0 ? result : result with { Course = null, Problems = [.. result.Problems, .. duplicates] };
        }).ToList();
    }

    private static string Relative(string path, string relativeTo) => Path.GetRelativePath(relativeTo, path).Replace('\\', '/');
}
