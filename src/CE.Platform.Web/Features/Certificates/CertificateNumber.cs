using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// Certificate numbers like CE-2026-7K3Q-9XPM: the year, then eight characters of Crockford's
/// base32 (no I, L, O or U, so a number read aloud or retyped is not misread).
/// </summary>
public static partial class CertificateNumber
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(int year) =>
        $"CE-{year}-{RandomNumberGenerator.GetString(Alphabet, 4)}-{RandomNumberGenerator.GetString(Alphabet, 4)}";

    /// <summary>Accepts what people type: lower case, spaces, O for 0 and I/L for 1.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var cleaned = typed.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        var parts = cleaned.Split('-');
        if (parts.Length == 4)
        {
            parts[2] = Crockford(parts[2]);
            parts[3] = Crockford(parts[3]);
            cleaned = string.Join('-', parts);
        }

        return Shape().IsMatch(cleaned) ? cleaned : null;
    }

    private static string Crockford(string part) => part.Replace('O', '0').Replace('I', '1').Replace('L', '1');

    [GeneratedRegex("^CE-[0-9]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex Shape();
}
