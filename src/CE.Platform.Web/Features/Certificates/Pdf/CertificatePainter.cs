using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Draws a placed certificate on a page, tagging text as headings and paragraphs, the QR code as a
/// figure and the rules as decoration, so screen readers read the words and skip the ornament.
/// </summary>
public sealed class CertificatePainter(XGraphics gfx, StructureBuilder structure, CertificateFonts fonts)
{
    public void Paint(PlacedCertificate certificate, byte[] qrCodePng, string verifyUrl)
    {
        structure.BeginArtifact();
        foreach (var border in certificate.Borders)
            gfx.DrawRectangle(new XPen(Colour(border.Ink), border.Thickness), Rect(border.Box));
        foreach (var rule in certificate.Rules)
            gfx.DrawLine(new XPen(Colour(rule.Ink), rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
        SealPainter.Draw(gfx, certificate.Seal, Colour(Ink.Gold));
        structure.End();

        foreach (var text in certificate.Texts)
            Paint(text);

        // A publicly visible buffer lets PDFsharp read the PNG without copying it.
        using var png = new MemoryStream(qrCodePng, 0, qrCodePng.Length, writable: false, publiclyVisible: true);
        using var qrImage = XImage.FromStream(png);
        qrImage.Interpolate = false; // keep the modules' edges sharp when the code is scaled up
        var qrBox = Rect(certificate.QrCode);
        structure.BeginElement(PdfIllustrationElementTag.Figure, $"QR code linking to {verifyUrl}", qrBox);
        gfx.DrawImage(qrImage, qrBox);
        structure.End();
    }

    private void Paint(TextBlock text)
    {
        structure.BeginElement(text.Role == TextRole.Heading ? PdfBlockLevelElementTag.Heading1 : PdfBlockLevelElementTag.Paragraph);
        var font = fonts[text.Style];
        var brush = new XSolidBrush(Colour(text.Style.Ink));
        foreach (var line in text.Lines)
            gfx.DrawString(line.Text, font, brush, Rect(line.Box), XStringFormats.CenterLeft);
        structure.End();
    }

    private static XRect Rect(Box box) => new(box.X, box.Y, box.Width, box.Height);

    private static XColor Colour(Ink ink) => ink switch
    {
        Ink.Teal => XColor.FromArgb(0x0b, 0x5d, 0x6b),
        Ink.Gold => XColor.FromArgb(0xb8, 0x8a, 0x2e),
        Ink.Body => XColor.FromArgb(0x1c, 0x26, 0x2b),
        Ink.Muted => XColor.FromArgb(0x4d, 0x5b, 0x61),
        _ => throw new ArgumentOutOfRangeException(nameof(ink), ink, null),
    };
}
