using CE.Platform.Web.Features.Content.Import;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Quality;

namespace CE.Platform.Web.Features.Content;

/// <summary>
/// <c>courses validate [--strict] [folder]</c>, <c>courses audit-guessing [folder] [--attempts N] [--seed S]</c> and
/// <c>courses import [folder]</c> for authors and operators.
/// </summary>
public static class CourseCommands
{
    public static readonly string Usage = $"Usage: courses validate [--strict] [folder] | {GuessingAuditOptions.Usage} | courses import [folder]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var defaultFolder = services.GetRequiredService<CoursesFolder>().Path;
        if (args.ElementAtOrDefault(1) == "audit-guessing")
        {
            return GuessingAuditCommand.Run(services.GetRequiredService<CourseFolderReader>(), args[2..], defaultFolder, Console.Out, Console.Error);
        }

        if (CourseCommandLine.Parse(args) is not { } command)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 64;
        }

        var folder = command.Folder ?? defaultFolder;
        if (command.Name == CourseCommandLine.Validate)
        {
            return await ValidateAsync(services.GetRequiredService<CourseFolderReader>(), folder, command.Strict, Console.Error, Console.Out);
        }

        var run = await services.GetRequiredService<ContentImporter>().ImportAsync(folder);
        await PrintAsync(run.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries), Console.Error);
        Console.WriteLine(run.Summary);
        return run.Succeeded ? 0 : 1;
    }

    /// <summary>Prints every problem (errors and warnings) to <paramref name="problemsTo"/> and a count line; 1 when any error.</summary>
    public static async Task<int> ValidateAsync(CourseFolderReader reader, string folder, bool strict, TextWriter problemsTo, TextWriter summaryTo)
    {
        var results = reader.Read(folder, strict);
        var problems = results.SelectMany(r => r.Problems).ToList();
        await PrintAsync(problems.Select(p => p.ToString()), problemsTo);
        var (errors, warnings) = (problems.Count(p => p.IsError), problems.Count(p => !p.IsError));
        var modules = results.Sum(r => r.Course?.Modules.Count ?? 0);
        var questions = results.Sum(r => r.Course?.Modules.Sum(m => m.Questions.Count) ?? 0);
        await summaryTo.WriteLineAsync(
            $"{results.Count} course(s), {modules} valid module(s), {questions} question(s): {errors} error(s), {warnings} warning(s){(strict ? " (--strict: warnings count as errors)" : "")}.");
        return errors == 0 ? 0 : 1;
    }

    private static async Task PrintAsync(IEnumerable<string> lines, TextWriter to)
    {
        foreach (var line in lines)
        {
            await to.WriteLineAsync(line);
        }
    }
}
