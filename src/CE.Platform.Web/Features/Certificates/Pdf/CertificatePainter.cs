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
            gfx.DrawRectangle(new XPen(border.Ink.ToXColor(), border.Thickness), border.Box.ToXRect());
        foreach (var rule in certificate.Rules)
            gfx.DrawRule(rule);
        SealPainter.Draw(gfx, certificate.Seal, Ink.Gold.ToXColor());
        structure.End();

        foreach (var text in certificate.Texts)
        {
            structure.BeginElement(text.Role.Tag());
            gfx.DrawText(text, fonts);
            structure.End();
        }

        // A publicly visible buffer lets PDFsharp read the PNG without copying it.
        using var png = new MemoryStream(qrCodePng, 0, qrCodePng.Length, writable: false, publiclyVisible: true);
        using var qrImage = XImage.FromStream(png);
        qrImage.Interpolate = false; // keep the modules' edges sharp when the code is scaled up
        var qrBox = certificate.QrCode.ToXRect();
        structure.BeginElement(PdfIllustrationElementTag.Figure, $"QR code linking to {verifyUrl}", qrBox);
        gfx.DrawImage(qrImage, qrBox);
        structure.End();
    }
}
