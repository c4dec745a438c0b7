namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// An organisation's OpenID Provider, as its administrator configured it. One per organisation;
/// every instance reads it from the database at each sign-in, so a change made on one applies on all.
/// </summary>
public sealed class SsoConnection
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>The issuer identifier; its discovery document is at {Issuer}/.well-known/openid-configuration.</summary>
    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    /// <summary>The client secret protected with Data Protection (<see cref="ClientSecretProtector"/>); never shown again.</summary>
    public required string ProtectedClientSecret { get; set; }

    /// <summary>Members whose email is in the organisation's domains cannot sign in with a password.</summary>
    public bool RequireSso { get; set; }

    public bool Enabled { get; set; }

    /// <summary>acr values (space-separated) that the provider uses for a multi-factor sign-in.</summary>
    public string? MfaAcrValues { get; set; }

    /// <summary>Changes with every save, so cached handler options built from an older version are not reused.</summary>
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>An email domain an organisation owns: addresses in it are sent to the organisation's provider. A domain has one owner.</summary>
public sealed class SsoDomain
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>Lower case, without "@".</summary>
    public required string Domain { get; set; }
}
