using System.Text.RegularExpressions;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Records;

/// <summary>
/// Accreditors expect six years of records: no code path may delete completions, scores, evaluations
/// or certificates except the retention purge. This reads the app's source to hold that line.
/// </summary>
public sealed partial class RecordKeepingRulesTests
{
    private const string OnlyAllowedPlace = "Features/Records/RecordsPurge.cs";

    [Fact]
    public void Only_the_retention_purge_deletes_learning_records()
    {
        var source = Path.Combine(Path.GetDirectoryName(TestCourses.Shipped)!, "src", "CE.Platform.Web");
        var offenders = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains("/Migrations/", StringComparison.Ordinal) && !file.EndsWith(OnlyAllowedPlace, StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => RecordDeletion().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(source, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"(Completions|Certificates|Evaluations|QuizAttempts)\b.*(ExecuteDelete|\.Remove\(|RemoveRange)")]
    private static partial Regex RecordDeletion();
}
