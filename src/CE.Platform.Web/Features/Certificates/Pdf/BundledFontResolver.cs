using System.Collections.Frozen;
using PdfSharp.Fonts;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Serves PDFsharp only the Liberation fonts embedded in this assembly, never the machine's own,
/// so a certificate looks the same whichever server renders it.
/// </summary>
public sealed class BundledFontResolver : IFontResolver
{
    public const string Serif = "Liberation Serif";
    public const string Sans = "Liberation Sans";

    private static readonly string[] FaceNames =
        ["LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSans-Regular", "LiberationSans-Bold"];

    private static readonly FrozenDictionary<string, byte[]> Faces = FaceNames.ToFrozenDictionary(name => name, Load);

    /// <summary>Any family other than the serif gets the sans; styles without a face of their own are simulated.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!familyName.Equals(Serif, StringComparison.OrdinalIgnoreCase))
            return new FontResolverInfo(bold ? "LiberationSans-Bold" : "LiberationSans-Regular", false, italic);
        if (bold)
            return new FontResolverInfo("LiberationSerif-Bold", false, italic);
        return new FontResolverInfo(italic ? "LiberationSerif-Italic" : "LiberationSerif-Regular");
    }

    public byte[]? GetFont(string faceName) => Faces.GetValueOrDefault(faceName);

    private static byte[] Load(string faceName)
    {
        var resource = $"CE.Platform.Web.Fonts.{faceName}.ttf";
        using var stream = typeof(BundledFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Font {resource} is not embedded in the assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
