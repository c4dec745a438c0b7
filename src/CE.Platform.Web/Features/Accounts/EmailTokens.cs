using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>Identity's tokens made safe for a link's query string, and back.</summary>
internal static class EmailTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>Decodes a token from a link; a mangled one decodes to "", which Identity rejects.</summary>
    public static string Decode(string? code)
    {
        try
        {
            return code is null ? "" : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
