namespace CE.Platform.Testing;

/// <summary>
/// A private copy of the shipped course with fresh ids, holding only the pharmacology module, so
/// import tests can change it without touching the course the rest of the suite reads.
/// </summary>
public sealed class TestCourses : IDisposable
{
    private const string CourseFolder = "ketamine-clinical-practice";
    private const string ModuleFile = "01-pharmacology";

    public TestCourses()
    {
        Root = Path.Combine(Path.GetTempPath(), "ce-platform-courses", Guid.NewGuid().ToString("N"), "courses");
        var folder = Path.Combine(Root, CourseFolder);
        Directory.CreateDirectory(folder);
        var shipped = Path.Combine(Shipped, CourseFolder);
        File.WriteAllText(Path.Combine(folder, "course.yaml"), ReplaceModules(File.ReadAllText(Path.Combine(shipped, "course.yaml")))
            .Replace("id: ketamine-clinical-practice", $"id: {CourseId}", StringComparison.Ordinal));
        File.WriteAllText(ModulePath, File.ReadAllText(Path.Combine(shipped, ModuleFile + ".md"))
            .Replace("id: ketamine-pharmacology", $"id: {ModuleId}", StringComparison.Ordinal));
        File.Copy(Path.Combine(shipped, ModuleFile + ".questions.yaml"), QuestionsPath);
    }

    /// <summary>The repository's courses/ folder.</summary>
    public static string Shipped => Path.Combine(RepositoryRoot, "courses");

    /// <summary>The folder holding CE.Platform.sln, above the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CE.Platform.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("The repository root (CE.Platform.sln) was not found above the test binaries.");
        }
    }

    public string Root { get; }

    public string CourseId { get; } = $"test-course-{Guid.NewGuid():N}"[..24];

    public string ModuleId { get; } = $"test-module-{Guid.NewGuid():N}"[..24];

    public string ModulePath => Path.Combine(Root, CourseFolder, ModuleFile + ".md");

    public string QuestionsPath => Path.Combine(Root, CourseFolder, ModuleFile + ".questions.yaml");

    /// <summary>Writes a file into the course's assets/ folder.</summary>
    public void WriteAsset(string name, byte[] content)
    {
        var folder = Path.Combine(Root, CourseFolder, "assets");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), content);
    }

    /// <summary>Appends a paragraph to the module's last section: a content change.</summary>
    public void AppendToBody(string paragraph) => File.AppendAllText(ModulePath, $"\n\n{paragraph}\n");

    public void ReplaceInModule(string oldText, string newText) => Replace(ModulePath, oldText, newText);

    /// <summary>Replaces every occurrence of <paramref name="oldText"/> in the module's question bank.</summary>
    public void ReplaceInQuestions(string oldText, string newText) => Replace(QuestionsPath, oldText, newText);

    /// <summary>A replacement that finds nothing would leave the test checking the shipped text: it fails instead.</summary>
    private static void Replace(string path, string oldText, string newText)
    {
        var text = File.ReadAllText(path);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {path}: the shipped course changed; update the test.");
        }

        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Removes the module from the course by emptying its list (and moving its files away).</summary>
    public void RemoveModule()
    {
        var folder = Path.Combine(Root, CourseFolder);
        foreach (var file in Directory.GetFiles(folder, ModuleFile + ".*"))
        {
            File.Delete(file);
        }

        var course = Path.Combine(folder, "course.yaml");
        File.WriteAllText(course, File.ReadAllText(course).Replace($"  - {ModuleFile}", "  - 02-history", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(Path.Combine(Shipped, CourseFolder), "02-history.*"))
        {
            var copy = Path.Combine(folder, Path.GetFileName(file));
            File.WriteAllText(copy, File.ReadAllText(file).Replace("id: ketamine-history", $"id: {ModuleId}-h", StringComparison.Ordinal));
        }
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);

    private static string ReplaceModules(string courseYaml) =>
        courseYaml[..courseYaml.IndexOf("modules:", StringComparison.Ordinal)] + $"modules:\n  - {ModuleFile}\n";
}
