using QRCoder;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>The QR code a phone scans to open the certificate's public verification page.</summary>
public static class VerificationQrCode
{
    private static readonly byte[] Dark = [0x10, 0x1c, 0x20];
    private static readonly byte[] Light = [0xff, 0xff, 0xff];

    /// <summary>
    /// A two-colour palette PNG, the one-bit kind PDFsharp's PNG importer reads (it rejects one-bit grey);
    /// eight pixels a module keep each row a whole number of bytes, which that importer also needs.
    /// Medium error correction survives a crease or a smudge without growing the code much.
    /// </summary>
    public static byte[] Png(string verifyUrl)
    {
        using var data = QRCodeGenerator.GenerateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4, Dark, Light, drawQuietZones: true);
    }
}
