namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Decides where every word of a certificate goes, given only a way to measure text, so the whole
/// layout can be checked without drawing: sizes shrink and lines wrap until everything fits the frame.
/// </summary>
public sealed class CertificateLayout(MeasureText measure)
{
    public const double NameSize = 34;
    private const double BandGap = 14;

    // Tried in turn on the body until it fits above the bottom band; long titles and names take the smaller ones.
    private static readonly double[] Scales = [1, 0.94, 0.88, 0.82, 0.76, 0.7];

    public PlacedCertificate Place(CertificateDocument document)
    {
        var page = PageGeometry.For(document.Paper);
        var fitter = new TextFitter(measure);
        var placer = new TextPlacer(measure);
        var band = BottomBand.Place(document, page.Content, fitter, placer);
        var body = page.Content with { Height = band.Top - BandGap - page.Content.Y };
        var stack = Scales.Select(scale => Body(document, body.Width, fitter, scale)).FirstOrDefault(s => s.FitsIn(body.Height))
            ?? Body(document, body.Width, fitter, Scales[^1]);
        var (texts, rules) = stack.Place(body, placer);
        return new PlacedCertificate(page.Width, page.Height, page.Borders, page.InnerBorder,
            [.. rules, band.SignatureLine], [.. texts, .. band.Texts], band.QrCode, band.Seal);
    }

    private static VerticalStack Body(CertificateDocument document, double width, TextFitter fitter, double scale)
    {
        var measureWidth = width * 0.86;
        var smallPrintWidth = width * 0.82;
        var stack = new VerticalStack();
        void Add(string text, TextStyle style, double minSize, double lineWidth, double gap, int preferredLines = 1, int maxLines = 1, TextRole role = TextRole.Paragraph) =>
            stack.AddText(fitter.Fit(text, style.Scaled(scale), lineWidth, minSize * scale, preferredLines, maxLines), role, gap * scale);

        Add(document.ProviderName, new TextStyle(FontFace.SansBold, 12.5, Ink.Teal), 9, width, 0, 1, 2);
        Add(CertificateWording.Heading, new TextStyle(FontFace.SerifBold, 38, Ink.Teal), 24, width, 6, role: TextRole.Heading);
        stack.AddRule(140 * scale, 8 * scale);
        Add(CertificateWording.Certifies, new TextStyle(FontFace.SerifItalic, 15, Ink.Muted), 11, width, 14);
        Add(document.LearnerName, new TextStyle(FontFace.SerifBold, NameSize, Ink.Body), 22, width, 4, 1, 2);
        if (CertificateWording.Credentials(document) is { } credentials)
            Add(credentials, new TextStyle(FontFace.SansRegular, 11, Ink.Muted), 8, width, 2, 1, 2);
        Add(CertificateWording.HasCompleted, new TextStyle(FontFace.SerifItalic, 14, Ink.Muted), 11, width, 14);
        Add(document.ModuleTitle, new TextStyle(FontFace.SerifBold, 19, Ink.Body), 14, measureWidth, 3, 2, 3);
        Add(CertificateWording.Course(document), new TextStyle(FontFace.SerifRegular, 14, Ink.Body), 11, measureWidth, 3, 1, 2);
        Add(CertificateWording.CompletedOn(document), new TextStyle(FontFace.SerifRegular, 14, Ink.Body), 11, width, 12);
        Add(CertificateWording.Credit(document), new TextStyle(FontFace.SerifBold, 17, Ink.Teal), 12, width, 4, 1, 2);
        stack.AddRule(width * 0.5, 14 * scale);
        var smallPrint = new TextStyle(FontFace.SansRegular, 8.5, Ink.Muted);
        Add(document.CreditStatement, smallPrint, 7, smallPrintWidth, 10, 3, 4);
        Add(document.ProviderStatement, smallPrint, 7, smallPrintWidth, 4, 3, 4);
        return stack;
    }
}
