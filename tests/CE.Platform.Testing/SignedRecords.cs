using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Testing;

/// <summary>Reading a certificate's signed record (a compact JWS) the way a verifier would.</summary>
public static class SignedRecords
{
    /// <summary>The id of the key that signed the record, from its protected header.</summary>
    public static string KeyId(string jws) =>
        JsonDocument.Parse(WebEncoders.Base64UrlDecode(jws.Split('.')[0])).RootElement.GetProperty("kid").GetString()!;
}
