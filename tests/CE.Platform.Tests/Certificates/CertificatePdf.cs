using CE.Platform.Web.Features.Certificates.Pdf;
using UglyToad.PdfPig;

namespace CE.Platform.Tests.Certificates;

/// <summary>Renders certificates once per document, since several tests read the same PDF.</summary>
public static class CertificatePdf
{
    public static readonly ICertificateRenderer Renderer = new PdfSharpCertificateRenderer();

    public static PdfDocument Open(CertificateDocument document) => PdfDocument.Open(Renderer.Render(document));

    /// <summary>The page's text without spaces or line breaks, so wrapped lines still match.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
