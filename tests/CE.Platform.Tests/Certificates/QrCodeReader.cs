using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using ZXing;
using ZXing.Common;

namespace CE.Platform.Tests.Certificates;

/// <summary>Reads a QR code from an image as a PDF holds it: one bit a pixel, indexed into a two-colour RGB palette.</summary>
public static class QrCodeReader
{
    public static string? Decode(IPdfImage image)
    {
        Assert.Equal(1, image.BitsPerComponent);
        var palette = Assert.IsType<IndexedColorSpaceDetails>(image.ColorSpaceDetails).ColorTable;
        Assert.True(image.TryGetBytesAsMemory(out var decoded));

        var width = image.WidthInSamples;
        var height = image.HeightInSamples;
        var bytesPerRow = (width + 7) / 8;
        var grey = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var index = (decoded.Span[(y * bytesPerRow) + (x / 8)] >> (7 - (x % 8))) & 1;
                grey[(y * width) + x] = (byte)((palette[index * 3] + palette[(index * 3) + 1] + palette[(index * 3) + 2]) / 3);
            }
        }

        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], PureBarcode = true },
        };
        return reader.Decode(new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }
}
