using System.Security.Claims;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>What an organisation's provider asserted about a person in a validated id_token.</summary>
public sealed record SsoAssertion(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name, IReadOnlyList<string> Amr, string? Acr)
{
    /// <summary>Read from the claims the handler kept (inbound claim mapping off, so the names are the token's own).</summary>
    public static SsoAssertion From(ClaimsPrincipal principal)
    {
        var sub = principal.FindFirstValue("sub") ?? "";
        return new SsoAssertion(
            principal.FindFirstValue("iss") ?? principal.FindFirst("sub")?.Issuer ?? "",
            sub,
            principal.FindFirstValue("email")?.Trim(),
            IsTrue(principal.FindFirstValue("email_verified")) || IsTrue(principal.FindFirstValue("xms_edov")),
            principal.FindFirstValue("name")?.Trim(),
            principal.FindAll("amr").Select(c => c.Value).ToList(),
            principal.FindFirstValue("acr"));
    }

    /// <summary>The key of the external login: issuer and subject together, since a subject is unique only within its issuer.</summary>
    public string LoginKey => $"{Issuer.TrimEnd('/')}|{Subject}";

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
