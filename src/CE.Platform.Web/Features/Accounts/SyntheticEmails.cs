namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Accounts provisioned for a learner known only to another system (an LMS learner id) need an email
/// because Identity requires a unique one; they get an address under the reserved <c>.invalid</c>
/// top-level domain (RFC 2606), which no mail is ever sent to.
/// </summary>
public static class SyntheticEmails
{
    private const string Domain = "learners.invalid";

    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}@{Domain}";

    public static bool IsSynthetic(string? email) => email?.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) == true;
}
