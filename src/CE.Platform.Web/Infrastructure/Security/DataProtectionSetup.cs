using CE.Platform.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Data Protection keys (cookies, tokens, certificate signing keys) live in the database, so every
/// instance behind a load balancer reads the same ones. With a certificate configured
/// (<see cref="DataProtectionCertificates"/>) they are written encrypted, so a copy of the database
/// alone cannot forge cookies or unwrap the signing keys; every instance then needs the same file.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddPlatformDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("CE.Platform").PersistKeysToDbContext<AppDbContext>();
        // Read from the final configuration when first needed: settings can be added after services are registered.
        services.AddSingleton(sp => DataProtectionCertificates.From(sp.GetRequiredService<IConfiguration>()));
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionCertificates, ILoggerFactory>((options, certificates, loggers) =>
        {
            if (certificates.Current is { } current)
            {
                options.XmlEncryptor = new CertificateKeyEncryptor(current, loggers);
            }
        });
        return services;
    }
}
