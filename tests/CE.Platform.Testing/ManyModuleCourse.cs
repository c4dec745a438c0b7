using System.Text.RegularExpressions;

namespace CE.Platform.Testing;

/// <summary>
/// A course of many modules (copies of the shipped four under new ids), so that importing it takes
/// long enough to be interrupted part-way through.
/// </summary>
public sealed partial class ManyModuleCourse : IDisposable
{
    private const string Shipped = "ketamine-clinical-practice";

    public ManyModuleCourse(int modules)
    {
        Root = Path.Combine(Path.GetTempPath(), "ce-platform-courses", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(Root, CourseId);
        Directory.CreateDirectory(folder);
        var source = Path.Combine(TestCourses.Shipped, Shipped);
        var originals = Directory.GetFiles(source, "*.md").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension).ToList();
        var names = new List<string>();
        for (var i = 0; i < modules; i++)
        {
            var original = originals[i % originals.Count]!;
            var name = $"{i + 1:000}-{original[3..]}";
            var text = ModuleId().Replace(File.ReadAllText(Path.Combine(source, original + ".md")), $"id: {Slug(i)}", 1);
            File.WriteAllText(Path.Combine(folder, name + ".md"), text);
            // A stem repeated in one course is an item-writing error, so each copy's stems say which copy they are.
            var bank = StemStart().Replace(File.ReadAllText(Path.Combine(source, original + ".questions.yaml")), start => $"{start.Value}Copy {i + 1}, ");
            File.WriteAllText(Path.Combine(folder, name + ".questions.yaml"), bank);
            names.Add(name);
        }

        var course = File.ReadAllText(Path.Combine(source, "course.yaml")).Replace($"id: {Shipped}", $"id: {CourseId}", StringComparison.Ordinal);
        course = course[..course.IndexOf("modules:", StringComparison.Ordinal)] + "modules:\n" + string.Concat(names.Select(n => $"  - {n}\n"));
        File.WriteAllText(Path.Combine(folder, "course.yaml"), course);
        Slugs = Enumerable.Range(0, modules).Select(Slug).ToList();
    }

    /// <summary>The folder to import (it holds the one course).</summary>
    public string Root { get; }

    public string CourseId { get; } = $"many-{Guid.NewGuid():N}"[..17];

    public IReadOnlyList<string> Slugs { get; }

    /// <summary>Changes every module's content, so the next import makes a new version of each.</summary>
    public void AppendToEveryModule(string paragraph)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Root, CourseId), "*.md"))
        {
            File.AppendAllText(file, $"\n\n{paragraph}\n");
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Slug(int index) => $"{CourseId}-m{index + 1:000}";

    [GeneratedRegex("^id: .+$", RegexOptions.Multiline)]
    private static partial Regex ModuleId();

    // Where a stem's text starts: after "stem: >" and the next line's indentation, or after "stem: " and an opening quote.
    [GeneratedRegex(@"^[ ]+stem: (?:[>|][-+]?\n[ ]+|[""']?)", RegexOptions.Multiline)]
    private static partial Regex StemStart();
}
