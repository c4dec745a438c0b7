using System.Security.Cryptography;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// Gives every option of an attempt its own random id, the only value the form carries. The bank
/// letter (which the old banks' keys skewed toward) and the bank position never reach the page;
/// the server maps an id back to its option through the attempt's draw.
/// </summary>
public static class OptionIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int Length = 10; // 50 bits: unique within an attempt, and not guessable from another one

    public static IReadOnlyList<DrawnQuestion> Assign(IReadOnlyList<DrawnQuestion> draw)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return draw.Select(q => q with { OptionIds = q.OptionOrder.Select(_ => Fresh(used)).ToList() }).ToList();
    }

    private static string Fresh(HashSet<string> used)
    {
        while (true)
        {
            var id = RandomNumberGenerator.GetString(Alphabet, Length);
            if (used.Add(id))
            {
                return id;
            }
        }
    }
}
