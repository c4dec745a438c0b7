using CE.Platform.Web.Features.Certificates;

namespace CE.Platform.Tests.Certificates;

public sealed class NumberAndTokenTests
{
    [Fact]
    public void A_new_number_has_the_year_and_eight_unambiguous_characters()
    {
        var numbers = Enumerable.Range(0, 500).Select(_ => CertificateNumber.New(2026)).ToList();

        Assert.All(numbers, n => Assert.Matches("^CE-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Theory]
    [InlineData("ce-2026-7k3q-9xpm", "CE-2026-7K3Q-9XPM")]
    [InlineData(" CE-2026-7K3Q-9XPM ", "CE-2026-7K3Q-9XPM")]
    [InlineData("CE-2026-7K3Q-9XPO", "CE-2026-7K3Q-9XP0")]
    [InlineData("CE-2026-7KIQ-9XPL", "CE-2026-7K1Q-9XP1")]
    [InlineData("CE-2026-7K3Q", null)]
    [InlineData("<script>", null)]
    [InlineData("CE-2026-7K3Q-9XPU", null)]
    public void A_typed_number_is_normalised_or_refused(string typed, string? expected) =>
        Assert.Equal(expected, CertificateNumber.Normalise(typed));

    [Fact]
    public void A_verification_token_carries_128_random_bits()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => VerificationToken.New()).ToList();

        Assert.All(tokens, t => Assert.Equal(16, Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(t).Length));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }
}
