using System.Globalization;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>The arguments of <c>courses audit-guessing [folder] [--attempts N] [--seed S]</c>.</summary>
public sealed record GuessingAuditOptions(string Folder, int Attempts, int Seed)
{
    public const string Usage = "courses audit-guessing [folder] [--attempts N] [--seed S]";

    /// <summary>Enough for a share to ±0.05 percentage points; more only costs time.</summary>
    public const int MaxAttempts = 1_000_000;

    /// <summary>The options, or a message naming what is wrong. A relative folder is taken from the current directory.</summary>
    public static (GuessingAuditOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string defaultFolder)
    {
        string? folder = null;
        var attempts = GuessingAudit.DefaultAttempts;
        var seed = GuessingAudit.DefaultSeed;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args.ElementAtOrDefault(i + 1);
            switch (args[i])
            {
                case "--attempts" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out attempts) && attempts is >= 1 and <= MaxAttempts:
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--attempts":
                    return (null, $"--attempts needs a whole number from 1 to {MaxAttempts:N0}, not '{value}'.");
                case "--seed":
                    return (null, $"--seed needs a whole number, not '{value}'.");
                case var option when option.StartsWith('-'):
                    return (null, $"Unknown option '{option}'. Usage: {Usage}");
                case var path when folder is null:
                    folder = path;
                    break;
                default:
                    return (null, $"Give one courses folder, not also '{args[i]}'. Usage: {Usage}");
            }
        }

        return (new GuessingAuditOptions(folder is null ? defaultFolder : Path.GetFullPath(folder), attempts, seed), null);
    }
}
