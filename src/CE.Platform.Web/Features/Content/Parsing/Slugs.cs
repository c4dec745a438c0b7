using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.Content.Parsing;

internal static partial class Slugs
{
    /// <summary>Lowercase letters, digits and hyphens: the form of every id, anchor and reference key.</summary>
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex Pattern();

    public static bool IsValid(string value) => Pattern().IsMatch(value);

    public static string? Checked(string? value, ContentFile file, int line, string what)
    {
        if (value is not null && !IsValid(value))
        {
            file.Report(line, $"{what} '{value}' must use lowercase letters, digits and hyphens only");
            return null;
        }

        return value;
    }
}
