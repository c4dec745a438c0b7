using CE.Platform.Web.Features.Content.Import;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;

namespace CE.Platform.Web.Features.Content;

/// <summary>
/// <c>courses validate [folder]</c>, <c>courses audit-guessing [folder] [--attempts N] [--seed S]</c> and
/// <c>courses import [folder]</c> for authors and operators.
/// </summary>
public static class CourseCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var defaultFolder = services.GetRequiredService<CoursesFolder>().Path;
        var folder = args.Length > 2 ? Path.GetFullPath(args[2]) : defaultFolder;
        switch (args.ElementAtOrDefault(1))
        {
            case "validate":
                return await ValidateAsync(services.GetRequiredService<CourseFolderReader>(), folder);
            case "audit-guessing":
                return GuessingAuditCommand.Run(services.GetRequiredService<CourseFolderReader>(), args[2..], defaultFolder, Console.Out, Console.Error);
            case "import":
                var run = await services.GetRequiredService<ContentImporter>().ImportAsync(folder);
                await PrintAsync(run.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Console.WriteLine(run.Summary);
                return run.Succeeded ? 0 : 1;
            default:
                await Console.Error.WriteLineAsync($"Usage: courses validate [folder] | {GuessingAuditOptions.Usage} | courses import [folder]");
                return 64;
        }
    }

    private static async Task<int> ValidateAsync(CourseFolderReader reader, string folder)
    {
        var results = reader.Read(folder);
        var problems = results.SelectMany(r => r.Problems).ToList();
        await PrintAsync(problems.Select(p => p.ToString()));
        var modules = results.Sum(r => r.Course?.Modules.Count ?? 0);
        var questions = results.Sum(r => r.Course?.Modules.Sum(m => m.Questions.Count) ?? 0);
        Console.WriteLine(problems.Count == 0
            ? $"{results.Count} course(s), {modules} module(s), {questions} question(s): no problems."
            : $"{problems.Count} problem(s) found.");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task PrintAsync(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await Console.Error.WriteLineAsync(line);
        }
    }
}
