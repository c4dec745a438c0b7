using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Certificates.Signing;

/// <summary>
/// JSON Web Signature, compact form (RFC 7515), with ES256 only. Any JOSE library can check what
/// this signs; the site's own verify page and command use <see cref="Verify"/>.
/// </summary>
public static class CompactJws
{
    public static string Sign<T>(T payload, string keyId, ECDsa key, string type = "JWT")
    {
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "ES256", kid = keyId, typ = type }));
        var body = Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{body}"), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{header}.{body}.{Encode(signature)}";
    }

    /// <summary>The payload when the signature checks with the key its header names; null for anything else.</summary>
    public static JsonDocument? Verify(string jws, IReadOnlyList<PublicJwk> keys)
    {
        var parts = jws.Trim().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "ES256"
                || keys.FirstOrDefault(k => k.Kid == header.RootElement.GetProperty("kid").GetString()) is not { } jwk)
            {
                return null;
            }

            using var key = jwk.ToECDsa();
            var valid = key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), WebEncoders.Base64UrlDecode(parts[2]),
                HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            return valid ? JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1])) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or CryptographicException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Encode(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);
}
