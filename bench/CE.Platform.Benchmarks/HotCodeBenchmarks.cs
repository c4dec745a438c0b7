using BenchmarkDotNet.Attributes;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Rendering;

namespace CE.Platform.Benchmarks;

/// <summary>
/// The hot code the performance issue names: rendering a certificate PDF, scoring an attempt, and
/// reading and validating the course folder (the import's parse step).
/// Run: dotnet run -c Release --project bench/CE.Platform.Benchmarks -- --filter '*HotCode*'
/// </summary>
[MemoryDiagnoser]
public class HotCodeBenchmarks
{
    private readonly PdfSharpCertificateRenderer renderer = new();
    private readonly ModuleRenderer moduleRenderer = new();
    private CertificateDocument document = null!;
    private IReadOnlyList<QuestionDefinition> questions = null!;
    private AttemptAnswers answers = null!;
    private string coursesFolder = "";

    [GlobalSetup]
    public void Setup()
    {
        coursesFolder = FindCourses();
        var course = new CourseFolderReader(TimeProvider.System).Read(coursesFolder).Single().Course!;
        questions = course.Modules[0].Questions.Take(10).ToList();
        answers = new AttemptAnswers(questions.ToDictionary(q => q.Id, q => (IReadOnlyList<string>)q.Answer.ToList()));
        document = new CertificateDocument("CE.Platform Continuing Education", "Zoë Ångström-Nakamura-Oyelaran", "DNP, CRNA", "Licence RN-123456 (Oregon)",
            course.Modules[0].Title, course.Title, new DateOnly(2026, 11, 25), 1m, "AMA PRA Category 1 Credit™", "credits",
            "CE.Platform Continuing Education designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit(s)™.",
            "CE.Platform Continuing Education plans and delivers this activity independently of any commercial interest.",
            "CE-2026-7K3Q-9XPM", "https://ce.example.org/verify/7K3Q9XPM4b1d2f0a9c8e7d", "ketamine-pharmacology v1 (2026-11-25)",
            "Director of Continuing Education", "On behalf of the CE provider", PaperSize.A4);
        renderer.Render(document);
    }

    [Benchmark]
    public byte[] RenderCertificatePdf() => renderer.Render(document);

    [Benchmark]
    public QuizScore ScoreTenQuestions() => QuizScorer.Score(questions, answers, 80);

    [Benchmark]
    public int ReadAndValidateCourses() => new CourseFolderReader(TimeProvider.System).Read(coursesFolder).Sum(r => r.Problems.Count);

    /// <summary>The import's work apart from the database writes: read, validate, render and sanitise every module.</summary>
    [Benchmark]
    public int ImportCoursesWithoutDatabase() => new CourseFolderReader(TimeProvider.System).Read(coursesFolder)
        .Sum(r => r.Course!.Modules.Sum(m => moduleRenderer.Render(m).Sections.Count));

    private static string FindCourses()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "courses")) && File.Exists(Path.Combine(folder.FullName, "CE.Platform.sln")))
            {
                return Path.Combine(folder.FullName, "courses");
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository.");
    }
}
