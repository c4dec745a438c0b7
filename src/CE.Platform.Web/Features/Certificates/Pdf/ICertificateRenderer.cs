namespace CE.Platform.Web.Features.Certificates.Pdf;

public interface ICertificateRenderer
{
    /// <summary>The certificate as a one-page PDF.</summary>
    byte[] Render(CertificateDocument document);
}
