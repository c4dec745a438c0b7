using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>Email domains as an administrator types them (one a line, or separated by commas or spaces) and as an address carries them.</summary>
public static partial class EmailDomains
{
    public const int MaxDomains = 50;

    /// <summary>The lower-case domain of an address, or null when it has none.</summary>
    public static string? Of(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at > 0 && at < email!.Length - 1 ? email[(at + 1)..].Trim().ToLowerInvariant() : null;
    }

    /// <summary>The distinct domains in <paramref name="text"/>, and one message per entry that is not a domain.</summary>
    public static (IReadOnlyList<string> Domains, IReadOnlyList<string> Problems) Parse(string? text)
    {
        var entries = (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant())
            .Distinct()
            .ToList();
        var problems = entries.Where(e => !DomainPattern().IsMatch(e))
            .Select(e => $"'{e}' is not an email domain; write it like hospital.org.")
            .ToList();
        if (entries.Count > MaxDomains)
        {
            problems.Add($"List at most {MaxDomains} domains.");
        }

        return (entries.Where(e => DomainPattern().IsMatch(e)).ToList(), problems);
    }

    // Labels of letters, digits and inner hyphens, at least two of them, at most 253 characters.
    [GeneratedRegex(@"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex DomainPattern();
}
