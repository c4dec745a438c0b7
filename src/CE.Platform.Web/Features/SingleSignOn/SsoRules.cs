namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// What an organisation's provider is trusted to assert: only people with a verified address in a
/// domain that organisation owns. Anything else is refused before an account is touched.
/// </summary>
public static class SsoRules
{
    /// <summary>amr values (RFC 8176) that show a second factor or a phishing-resistant key was used.</summary>
    public static readonly IReadOnlySet<string> MfaMethods = new HashSet<string>(StringComparer.Ordinal) { "mfa", "otp", "hwk", "swk", "fpt" };

    /// <summary>Null when the assertion may sign someone in for the organisation; otherwise the reason it may not.</summary>
    public static string? RefusalOf(SsoAssertion assertion, string configuredIssuer, IReadOnlyCollection<string> ownedDomains)
    {
        if (string.IsNullOrEmpty(assertion.Subject) || !string.Equals(assertion.Issuer.TrimEnd('/'), configuredIssuer.TrimEnd('/'), StringComparison.Ordinal))
        {
            return "the token does not come from this organisation's provider";
        }

        if (string.IsNullOrEmpty(assertion.Email) || EmailDomains.Of(assertion.Email) is not { } domain)
        {
            return "the provider sent no email address";
        }

        if (!assertion.EmailVerified)
        {
            return "the provider did not assert that the email address is verified (email_verified)";
        }

        return ownedDomains.Contains(domain) ? null : $"the organisation does not own the domain {domain}";
    }

    /// <summary>The id_token shows a multi-factor sign-in: an amr method above, or an acr the administrator named as multi-factor.</summary>
    public static bool HasMfaEvidence(SsoAssertion assertion, string? mfaAcrValues) =>
        assertion.Amr.Any(MfaMethods.Contains)
        || (assertion.Acr is { Length: > 0 } acr
            && (mfaAcrValues ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(acr, StringComparer.Ordinal));
}
