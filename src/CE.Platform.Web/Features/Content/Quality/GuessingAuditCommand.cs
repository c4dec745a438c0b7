using System.Globalization;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// <c>courses audit-guessing</c>: prints module × strategy → share of attempts passed (with its upper
/// bound), marks every share at or above the target and exits 1 if there is one. Needs no database.
/// </summary>
public static class GuessingAuditCommand
{
    public static int Run(CourseFolderReader reader, IReadOnlyList<string> args, string defaultFolder, TextWriter output, TextWriter errors)
    {
        var (options, error) = GuessingAuditOptions.Parse(args, defaultFolder);
        if (options is null)
        {
            errors.WriteLine(error);
            return 64;
        }

        var results = reader.Read(options.Folder);
        // Item-writing warnings do not stop a course from being taken, so they do not stop its audit either.
        var problems = results.SelectMany(r => r.Errors).ToList();
        if (problems.Count > 0)
        {
            problems.ForEach(errors.WriteLine);
            errors.WriteLine($"{problems.Count} error(s) found; the guessing audit runs on valid courses only.");
            return 1;
        }

        var modules = results.SelectMany(r => r.Course!.Modules).ToList();
        if (modules.Count == 0)
        {
            errors.WriteLine($"No modules to audit in {options.Folder}.");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Guessing audit of {options.Folder}: {options.Attempts:N0} attempts per module and strategy, seed {options.Seed}."));
        var target = GuessingAuditTable.Percent(GuessingAudit.Target, 0);
        output.WriteLine($"Target: every strategy passes fewer than {target} of attempts (95% upper: one-sided exact bound).");
        var audits = modules.Select(m => GuessingAudit.Run(m, options.Attempts, options.Seed)).ToList();
        GuessingAuditTable.Write(audits, output);
        var failing = audits.Sum(a => a.Strategies.Count(s => s.AtOrAboveTarget));
        output.WriteLine(failing == 0
            ? $"Every strategy passes fewer than {target} of attempts on every module."
            : $"{failing} module × strategy result(s) pass {target} of attempts or more.");
        return failing == 0 ? 0 : 1;
    }
}
