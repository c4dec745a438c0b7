using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>The single-use token of an invitation link: 256 random bits, kept only as a SHA-256 hash.</summary>
public static class InvitationTokens
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(30);

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
