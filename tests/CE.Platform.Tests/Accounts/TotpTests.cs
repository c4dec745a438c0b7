using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

/// <summary>The test helper itself must agree with RFC 6238, or every two-factor test proves nothing.</summary>
public sealed class TotpTests
{
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(2000000000, "279037")]
    public void The_helper_matches_the_rfc_6238_sha1_test_vectors(long unixSeconds, string expected)
    {
        // "12345678901234567890" in base32, as RFC 6238 appendix B uses for SHA-1.
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }
}
