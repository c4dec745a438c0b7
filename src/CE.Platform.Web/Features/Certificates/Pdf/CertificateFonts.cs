using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>The PDFsharp font for each layout style, and text widths measured with those fonts. One per render: not thread-safe.</summary>
public sealed class CertificateFonts : IDisposable
{
    // PDFsharp's font resolver is process-wide and may be set only once, before any font is made.
    private static readonly Lazy<BundledFontResolver> Resolver = new(() =>
    {
        var resolver = new BundledFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    // Unicode encoding keeps every character (ë, Å, ™) extractable; subsets keep the file small.
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly Dictionary<TextStyle, XFont> fonts = [];
    private readonly XGraphics measureContext;

    public CertificateFonts()
    {
        _ = Resolver.Value;
        measureContext = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards, new RenderEvents());
    }

    public XFont this[TextStyle style]
    {
        get
        {
            if (!fonts.TryGetValue(style, out var font))
                fonts[style] = font = Create(style);
            return font;
        }
    }

    public double Width(string text, TextStyle style) => measureContext.MeasureString(text, this[style]).Width;

    public void Dispose() => measureContext.Dispose();

    private static XFont Create(TextStyle style) => style.Face switch
    {
        FontFace.SerifRegular => new XFont(BundledFontResolver.Serif, style.Size, XFontStyleEx.Regular, Embedded),
        FontFace.SerifBold => new XFont(BundledFontResolver.Serif, style.Size, XFontStyleEx.Bold, Embedded),
        FontFace.SerifItalic => new XFont(BundledFontResolver.Serif, style.Size, XFontStyleEx.Italic, Embedded),
        FontFace.SansRegular => new XFont(BundledFontResolver.Sans, style.Size, XFontStyleEx.Regular, Embedded),
        FontFace.SansBold => new XFont(BundledFontResolver.Sans, style.Size, XFontStyleEx.Bold, Embedded),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style.Face, null),
    };
}
