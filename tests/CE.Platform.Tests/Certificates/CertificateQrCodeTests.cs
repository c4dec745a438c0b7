using CE.Platform.Web.Features.Certificates.Pdf;

namespace CE.Platform.Tests.Certificates;

public sealed class CertificateQrCodeTests
{
    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void The_qr_code_taken_from_the_page_opens_the_verification_url(PaperSize paper)
    {
        var document = CertificateSamples.Short(paper);
        using var pdf = CertificatePdf.Open(document);

        var image = Assert.Single(pdf.GetPage(1).GetImages());

        Assert.Equal(document.VerifyUrl, QrCodeReader.Decode(image));
    }

    [Fact]
    public void The_qr_code_is_printed_at_least_an_inch_wide_so_phones_can_read_it()
    {
        using var pdf = CertificatePdf.Open(CertificateSamples.Short());

        var image = Assert.Single(pdf.GetPage(1).GetImages());

        var printed = image.BoundingBox;
        Assert.True(printed.Width >= 72 && printed.Height >= 72, $"QR code is {printed.Width} x {printed.Height} pt");
    }
}
