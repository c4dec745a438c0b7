using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Decrypts a key written by <see cref="CertificateKeyEncryptor"/> with whichever configured
/// certificate (current or previous) it was encrypted for. Data Protection creates it by type name.
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificates = services.GetRequiredService<DataProtectionCertificates>();
        // EncryptedXml decrypts elements inside a document, not the document element itself.
        var document = new XmlDocument();
        document.Load(new XElement("root", encryptedElement).CreateReader());
        new WithConfiguredCertificates(document, certificates).DecryptDocument();
        return XElement.Load(document.DocumentElement!.FirstChild!.CreateNavigator()!.ReadSubtree());
    }

    private sealed class WithConfiguredCertificates(XmlDocument document, DataProtectionCertificates certificates) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            var recipients = encryptedKey.KeyInfo.OfType<KeyInfoX509Data>().SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? []);
            var match = new[] { certificates.Current, certificates.Previous }.OfType<X509Certificate2>()
                .FirstOrDefault(mine => recipients.Any(recipient => recipient.Thumbprint == mine.Thumbprint));
            if (match?.GetRSAPrivateKey() is not { } privateKey)
            {
                throw new System.Security.Cryptography.CryptographicException(
                    "This Data Protection key was encrypted for a certificate that is neither DataProtection:CertificatePath nor DataProtection:PreviousCertificatePath.");
            }

            using (privateKey)
            {
                return DecryptKey(encryptedKey.CipherData.CipherValue!, privateKey, encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
            }
        }
    }
}
