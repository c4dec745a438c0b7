using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace CE.Platform.Tests.Certificates;

/// <summary>Reads what a screen reader relies on in a PDF: the catalog's tagging entries, the structure tree and the tagged text.</summary>
public static class TaggedPdfReader
{
    /// <summary>An entry of the document catalog, resolved if it is a reference; null when absent.</summary>
    public static IToken? Catalog(PdfDocument pdf, string key) =>
        pdf.Structure.Catalog.CatalogDictionary.Data.TryGetValue(key, out var token) ? Resolve(pdf, token) : null;

    /// <summary>The structure types of the tagged PDF's elements, depth first in reading order.</summary>
    public static List<string> StructureTags(PdfDocument pdf) => [.. StructureElements(pdf).Select(element => ((NameToken)element.Data["S"]).Data)];

    /// <summary>The structure elements, depth first in reading order.</summary>
    public static List<DictionaryToken> StructureElements(PdfDocument pdf)
    {
        var elements = new List<DictionaryToken>();
        void Visit(IToken token)
        {
            switch (Resolve(pdf, token))
            {
                case ArrayToken kids:
                    foreach (var kid in kids.Data)
                        Visit(kid);
                    break;
                case DictionaryToken element:
                    if (element.Data.ContainsKey("S"))
                        elements.Add(element);
                    if (element.Data.TryGetValue("K", out var children))
                        Visit(children);
                    break;
            }
        }

        Visit(pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        return elements;
    }

    /// <summary>The text of a page's marked content that belongs to the structure tree (not artifacts), one string a piece.</summary>
    public static List<string> TaggedText(Page page) =>
        [.. page.GetMarkedContents().Where(content => !content.IsArtifact && content.MarkedContentIdentifier >= 0)
            .Select(content => string.Concat(content.Letters.Select(letter => letter.Value)))];

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}
