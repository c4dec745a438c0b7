using QRCoder;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>The otpauth URI as a QR code an authenticator app scans, as a data URI the page's CSP allows (img-src data:).</summary>
public static class AuthenticatorQrCode
{
    public static string PngDataUri(string otpauthUri)
    {
        using var data = QRCodeGenerator.GenerateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
