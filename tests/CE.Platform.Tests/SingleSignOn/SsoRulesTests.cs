using CE.Platform.Web.Features.SingleSignOn;

namespace CE.Platform.Tests.SingleSignOn;

public sealed class SsoRulesTests
{
    private const string Issuer = "https://idp.example/tenant/v2.0";

    private static SsoAssertion Assertion(string? email = "ana@hospital.org", bool verified = true, string[]? amr = null, string? acr = null, string issuer = Issuer) =>
        new(issuer, "sub-1", email, verified, "Ana", amr ?? [], acr);

    [Fact]
    public void A_verified_address_in_an_owned_domain_is_accepted() =>
        Assert.Null(SsoRules.RefusalOf(Assertion(), Issuer, ["hospital.org"]));

    [Theory]
    [InlineData("ana@other.org", true, Issuer, "does not own the domain other.org")]
    [InlineData("ana@hospital.org", false, Issuer, "email_verified")]
    [InlineData(null, true, Issuer, "no email address")]
    [InlineData("ana@hospital.org", true, "https://evil.example", "does not come from this organisation's provider")]
    public void Assertions_outside_what_the_provider_is_trusted_for_are_refused(string? email, bool verified, string issuer, string reason) =>
        Assert.Contains(reason, SsoRules.RefusalOf(Assertion(email, verified, issuer: issuer), Issuer, ["hospital.org"]), StringComparison.Ordinal);

    [Theory]
    [InlineData(new[] { "pwd", "mfa" }, null, true)]
    [InlineData(new[] { "hwk" }, null, true)]
    [InlineData(new[] { "pwd" }, null, false)]
    [InlineData(new[] { "pwd" }, "urn:acr:mfa", true)]
    [InlineData(new[] { "pwd" }, "urn:acr:pwd", false)]
    public void Multi_factor_evidence_is_an_amr_method_or_an_acr_the_admin_named(string[] amr, string? acr, bool expected) =>
        Assert.Equal(expected, SsoRules.HasMfaEvidence(Assertion(amr: amr, acr: acr), "urn:acr:mfa urn:acr:hwk"));

    [Fact]
    public void Domains_are_read_in_lower_case_without_duplicates_and_bad_entries_are_named()
    {
        var (domains, problems) = EmailDomains.Parse("Hospital.org\n@clinic.example, hospital.org not_a_domain");

        Assert.Equal(["hospital.org", "clinic.example"], domains);
        Assert.Equal(["'not_a_domain' is not an email domain; write it like hospital.org."], problems);
    }
}
