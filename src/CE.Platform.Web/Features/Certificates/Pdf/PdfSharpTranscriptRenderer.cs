namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Renders a transcript with PDFsharp, in the certificate's fonts and colours. Thread-safe: every call
/// builds its own document and fonts.
/// </summary>
public sealed class PdfSharpTranscriptRenderer : ITranscriptRenderer
{
    public byte[] Render(TranscriptDocument document)
    {
        using var fonts = new CertificateFonts();
        var placed = new TranscriptLayout(fonts.Width).Place(document);

        using var pdf = new TaggedPdf($"{TranscriptWording.Heading} – {document.LearnerName}", document.ProviderName,
            $"{document.LearnerName}, {TranscriptWording.ActivityCount(document)}");
        var painter = new TranscriptPainter(pdf.Structure, fonts);
        foreach (var page in placed.Pages)
        {
            using var gfx = pdf.AddPage(placed.PageWidth, placed.PageHeight);
            painter.Paint(gfx, page);
        }

        painter.Finish();
        return pdf.ToBytes();
    }
}
