using CE.Platform.Web.Features.Certificates.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace CE.Platform.Tests.Certificates;

/// <summary>Renders certificates with the production renderer and opens them with PdfPig, an independent reader.</summary>
public static class CertificatePdf
{
    public static readonly ICertificateRenderer Renderer = new PdfSharpCertificateRenderer();

    public static PdfDocument Open(CertificateDocument document) => PdfDocument.Open(Renderer.Render(document));

    /// <summary>Text without spaces or line breaks, so a title wrapped over several lines still matches.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The fonts a page's resources name, each with whether the file carries its glyphs.</summary>
    public static List<(string Name, bool Embedded)> Fonts(PdfDocument pdf, Page page)
    {
        T Resolve<T>(IToken token) where T : class, IToken =>
            DirectObjectFinder.Get<T>(token, pdf.Structure.TokenScanner) ?? throw new InvalidOperationException($"{token} is not a {typeof(T).Name}");
        var resources = Resolve<DictionaryToken>(page.Dictionary.Data["Resources"]);
        return
        [
            .. Resolve<DictionaryToken>(resources.Data["Font"]).Data.Values.Select(Resolve<DictionaryToken>).Select(font =>
            {
                var descendant = Resolve<DictionaryToken>(Resolve<ArrayToken>(font.Data["DescendantFonts"]).Data[0]);
                var descriptor = Resolve<DictionaryToken>(descendant.Data["FontDescriptor"]);
                return (Resolve<NameToken>(font.Data["BaseFont"]).Data, descriptor.ContainsKey(NameToken.FontFile2));
            }),
        ];
    }
}
