using System.Text.RegularExpressions;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>How an authenticator app is given the shared key: typed in groups, or scanned as an otpauth URI.</summary>
public static partial class AuthenticatorKey
{
    public const string Issuer = "CE.Platform";

    /// <summary>"JBSW Y3DP EHPK 3PXP": groups of four are easier to type without losing one's place.</summary>
    public static string Grouped(string key) => string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));

    /// <summary>The Key URI Format of Google Authenticator, which every common app reads (RFC 6238 defaults: SHA-1, 6 digits, 30 s).</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The code as typed: spaces people copy along are dropped (recovery codes keep their dash).</summary>
    public static string Normalise(string code) => Separators().Replace(code, "");

    /// <summary>Six digits is an authenticator code; anything else is tried as a recovery code.</summary>
    public static bool IsAuthenticatorCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    [GeneratedRegex(@"\s")]
    private static partial Regex Separators();
}
