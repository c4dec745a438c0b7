using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// Ties a launch link to the browser that asked for it: the launch request sets this random value
/// as a cookie, the launch row keeps its hash, and opening the link without the matching cookie
/// (another learner's browser, a link copied elsewhere) is refused.
/// </summary>
public static class ScormBinding
{
    public const string CookieName = "ce.scorm-launch";
    public const string CookiePath = "/scorm/launch";

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string binding) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(binding)));

    public static bool Matches(string? cookie, string hash) =>
        cookie is { Length: > 0 and < 100 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(cookie)), Encoding.ASCII.GetBytes(hash));
}
