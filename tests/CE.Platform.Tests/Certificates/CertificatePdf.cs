using CE.Platform.Web.Features.Certificates.Pdf;
using UglyToad.PdfPig;

namespace CE.Platform.Tests.Certificates;

/// <summary>Renders certificates with the production renderer and opens them with PdfPig, an independent reader.</summary>
public static class CertificatePdf
{
    public static readonly ICertificateRenderer Renderer = new PdfSharpCertificateRenderer();

    public static PdfDocument Open(CertificateDocument document) => PdfDocument.Open(Renderer.Render(document));

    /// <summary>Text without spaces or line breaks, so a title wrapped over several lines still matches.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
