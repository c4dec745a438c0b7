using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Encrypts each Data Protection key with the configured certificate (XML Encryption, as
/// ProtectKeysWithCertificate does) and names <see cref="CertificateKeyDecryptor"/> to read it back,
/// because the framework's own decryptor only knows certificates registered at start-up or in a store.
/// </summary>
public sealed class CertificateKeyEncryptor(X509Certificate2 certificate, ILoggerFactory loggers) : IXmlEncryptor
{
    private readonly CertificateXmlEncryptor encryptor = new(certificate, loggers);

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(encryptor.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}
