using Microsoft.AspNetCore.DataProtection;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>Client secrets at rest: protected with the site's Data Protection keys (stored in the database, shared by every instance).</summary>
public sealed class ClientSecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("CE.Platform.SingleSignOn.ClientSecret.v1");

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
