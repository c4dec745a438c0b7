using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// Whether text reads after "a" or "an", by the sound of its first word: good enough to spot an option
/// that cannot follow a stem ending in "an" ("an" + "benzodiazepine"), not a full English rule.
/// </summary>
public static partial class IndefiniteArticle
{
    // Letters whose spoken name starts with a vowel: "an NMDA antagonist", "an SSRI", "a CT scan".
    private const string VowelSoundingLetters = "AEFHILMNORSX";

    private static readonly string[] ConsonantSoundingStarts = ["uni", "use", "usu", "uri", "uro", "ure", "ute", "uti", "eu", "one", "once", "ewe"];
    private static readonly string[] SilentHStarts = ["hour", "honest", "honor", "honour", "heir"];

    /// <summary>"a" or "an" for <paramref name="text"/>; null when it starts with no word.</summary>
    public static string? For(string text)
    {
        var match = FirstWord().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Value;
        return TakesAn(word) ? "an" : "a";
    }

    /// <summary>The article a stem ends with ("… is an"), lower case as written; null when it ends otherwise.</summary>
    public static string? EndingStem(string stem) => StemEnding().Match(stem) is { Success: true } m ? m.Groups["article"].Value : null;

    private static bool TakesAn(string word)
    {
        if (char.IsDigit(word[0]))
        {
            return word[0] == '8' || word is "11" or "18";
        }

        if (word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return VowelSoundingLetters.Contains(word[0]);
        }

        var lower = word.ToLowerInvariant();
        if (SilentHStarts.Any(s => lower.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        return "aeiou".Contains(lower[0]) && !ConsonantSoundingStarts.Any(s => lower.StartsWith(s, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex FirstWord();

    // Case-sensitive on purpose: a stem ending in "vitamin A" has no article.
    [GeneratedRegex(@"(?:^|\s)(?<article>a|an)\s*[:_.…-]*\s*$")]
    private static partial Regex StemEnding();
}
