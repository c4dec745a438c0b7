namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Renders a certificate with PDFsharp. Thread-safe: every call builds its own document and fonts;
/// only the font files and PDFsharp's own caches are shared.
/// </summary>
public sealed class PdfSharpCertificateRenderer : ICertificateRenderer
{
    public byte[] Render(CertificateDocument document)
    {
        using var fonts = new CertificateFonts();
        var placed = new CertificateLayout(fonts.Width).Place(document);

        using var pdf = new TaggedPdf($"Certificate of Completion – {document.ModuleTitle}", document.ProviderName,
            $"{document.LearnerName}, certificate {document.CertificateNumber}");
        using (var gfx = pdf.AddPage(placed.PageWidth, placed.PageHeight))
            new CertificatePainter(gfx, pdf.Structure, fonts).Paint(placed, VerificationQrCode.Png(document.VerifyUrl), document.VerifyUrl);
        return pdf.ToBytes();
    }
}
