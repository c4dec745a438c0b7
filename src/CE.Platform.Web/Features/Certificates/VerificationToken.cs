using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>The secret in a certificate's verification link: 128 random bits (OWASP ASVS L2), base64url.</summary>
public static class VerificationToken
{
    public const int Bytes = 16;

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(Bytes));
}
