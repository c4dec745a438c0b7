using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>How a layout's boxes, inks, rules and text become PDFsharp drawing, for certificates and transcripts alike.</summary>
public static class LayoutDrawing
{
    public static XRect ToXRect(this Box box) => new(box.X, box.Y, box.Width, box.Height);

    public static XColor ToXColor(this Ink ink) => ink switch
    {
        Ink.Teal => XColor.FromArgb(0x0b, 0x5d, 0x6b),
        Ink.Gold => XColor.FromArgb(0xb8, 0x8a, 0x2e),
        Ink.Body => XColor.FromArgb(0x1c, 0x26, 0x2b),
        Ink.Muted => XColor.FromArgb(0x4d, 0x5b, 0x61),
        Ink.Hairline => XColor.FromArgb(0xc9, 0xd3, 0xd6),
        Ink.Shade => XColor.FromArgb(0xe9, 0xf1, 0xf2),
        _ => throw new ArgumentOutOfRangeException(nameof(ink), ink, null),
    };

    /// <summary>The structure tag a screen reader announces the text with.</summary>
    public static PdfBlockLevelElementTag Tag(this TextRole role) => role switch
    {
        TextRole.Heading => PdfBlockLevelElementTag.Heading1,
        TextRole.Subheading => PdfBlockLevelElementTag.Heading2,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    public static void DrawRule(this XGraphics gfx, Rule rule) =>
        gfx.DrawLine(new XPen(rule.Ink.ToXColor(), rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);

    public static void DrawShade(this XGraphics gfx, Box box) => gfx.DrawRectangle(new XSolidBrush(Ink.Shade.ToXColor()), box.ToXRect());

    /// <summary>Draws the text's lines; tagging them is the caller's business.</summary>
    public static void DrawText(this XGraphics gfx, TextBlock text, CertificateFonts fonts)
    {
        var font = fonts[text.Style];
        var brush = new XSolidBrush(text.Style.Ink.ToXColor());
        foreach (var line in text.Lines)
            gfx.DrawString(line.Text, font, brush, line.Box.ToXRect(), XStringFormats.CenterLeft);
    }
}
