using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CE.Platform.Web.Infrastructure.Startup;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts Data Protection keys at rest (DataProtection:CertificatePath and
/// CertificatePassword), and optionally the one it replaced (DataProtection:PreviousCertificatePath and
/// PreviousCertificatePassword), which still decrypts the keys written with it. Neither set: keys are stored as they are.
/// </summary>
public sealed record DataProtectionCertificates(X509Certificate2? Current, X509Certificate2? Previous)
{
    public static DataProtectionCertificates From(IConfiguration configuration) => new(
        Load(configuration, "DataProtection:CertificatePath", "DataProtection:CertificatePassword"),
        Load(configuration, "DataProtection:PreviousCertificatePath", "DataProtection:PreviousCertificatePassword"));

    private static X509Certificate2? Load(IConfiguration configuration, string pathSetting, string passwordSetting)
    {
        if (configuration[pathSetting] is not { Length: > 0 } path)
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[passwordSetting]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new StartupException($"{pathSetting}: cannot read the PKCS#12 certificate '{path}' (check the file and {passwordSetting}): {e.Message}", e);
        }

        return certificate.GetRSAPrivateKey() is not null
            ? certificate
            : throw new StartupException($"{pathSetting}: the certificate '{path}' has no RSA private key; Data Protection needs one to decrypt its keys.");
    }
}
