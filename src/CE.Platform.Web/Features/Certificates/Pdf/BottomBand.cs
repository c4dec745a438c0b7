namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// The foot of the certificate: the signature on the left, the QR code and its references on the right,
/// and a seal centred in the space left between them.
/// </summary>
public sealed record BottomBand(double Top, IReadOnlyList<TextBlock> Texts, Rule SignatureLine, Box QrCode, Box Seal)
{
    private const double QrSize = 78;
    private const double QrGap = 12;
    private const double SignatureWidth = 200;
    private const double SpaceToSign = 34;
    private const double SealSize = 60;
    private const double SealGap = 16;

    public static BottomBand Place(CertificateDocument document, Box content, TextFitter fitter, TextPlacer placer)
    {
        var qr = new Box(content.Right - QrSize, content.Bottom - QrSize, QrSize, QrSize);
        var referencesWidth = content.Width - SignatureWidth - SealSize - (2 * SealGap) - QrSize - QrGap;
        var references = References(document, fitter, referencesWidth);
        var y = qr.Y + ((QrSize - references.Sum(TextPlacer.Height)) / 2);
        var texts = new List<TextBlock>();
        foreach (var reference in references)
        {
            texts.Add(placer.Place(reference, TextRole.Paragraph, TextAlign.Right, qr.X - QrGap, y));
            y += TextPlacer.Height(reference);
        }

        var name = fitter.Fit(document.SignatoryName, new TextStyle(FontFace.SerifBold, 12.5, Ink.Body), SignatureWidth, 9);
        var title = fitter.Fit(document.SignatoryTitle, new TextStyle(FontFace.SansRegular, 9, Ink.Muted), SignatureWidth, 7, 1, 2);
        var centre = content.X + (SignatureWidth / 2);
        var titleTop = content.Bottom - TextPlacer.Height(title);
        var nameTop = titleTop - TextPlacer.Height(name);
        var lineY = nameTop - 3;
        texts.Add(placer.Place(name, TextRole.Paragraph, TextAlign.Center, centre, nameTop));
        texts.Add(placer.Place(title, TextRole.Paragraph, TextAlign.Center, centre, titleTop));
        var signatureLine = new Rule(content.X, lineY, content.X + SignatureWidth, lineY, 0.8, Ink.Body);

        var referencesLeft = texts.Take(references.Count).SelectMany(t => t.Lines).Min(l => l.Box.X);
        var sealCentre = (content.X + SignatureWidth + referencesLeft) / 2;
        var seal = new Box(sealCentre - (SealSize / 2), qr.Y + ((QrSize - SealSize) / 2), SealSize, SealSize);

        return new BottomBand(Math.Min(qr.Y, lineY - SpaceToSign), texts, signatureLine, qr, seal);
    }

    private static List<FittedText> References(CertificateDocument document, TextFitter fitter, double width)
    {
        var small = new TextStyle(FontFace.SansRegular, 8.5, Ink.Muted);
        return
        [
            fitter.Fit(CertificateWording.Number(document), new TextStyle(FontFace.SansBold, 9.5, Ink.Body), width, 7),
            fitter.Fit(CertificateWording.ContentVersion(document), small, width, 6.5, 1, 2),
            fitter.Fit(CertificateWording.VerifyAt(document), small, width, 6.5, 2, 3),
        ];
    }
}
