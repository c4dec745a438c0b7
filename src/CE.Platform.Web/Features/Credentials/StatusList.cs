using System.IO.Compression;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Credentials;

/// <summary>
/// W3C Bitstring Status List v1.0: one bit per credential (1 = revoked), index 0 the leftmost bit
/// of the first byte, GZIP-compressed and multibase base64url-encoded ("u" prefix). Lists are
/// 131,072 bits (16 KB), the spec's minimum, so an index says nothing about the learner.
/// </summary>
public static class StatusList
{
    public const int Size = 131_072;

    /// <summary>Which list and which bit a certificate id maps to.</summary>
    public static (int List, int Index) Position(int certificateId) => (certificateId / Size + 1, certificateId % Size);

    public static string Encode(IEnumerable<int> setIndexes)
    {
        var bits = new byte[Size / 8];
        foreach (var index in setIndexes)
        {
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(bits);
        }

        return "u" + WebEncoders.Base64UrlEncode(compressed.ToArray());
    }

    public static bool IsSet(string encodedList, int index)
    {
        using var gzip = new GZipStream(new MemoryStream(WebEncoders.Base64UrlDecode(encodedList[1..])), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        return (bits.ToArray()[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}
