using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Draws a transcript page by page. Headings, paragraphs and tables are tagged for screen readers, each
/// table one element however many pages it spans; running headers, footers, repeated header rows,
/// rules and shading are artifacts, so a screen reader reads every fact once.
/// </summary>
public sealed class TranscriptPainter(StructureBuilder structure, CertificateFonts fonts)
{
    private bool inTable;

    public void Paint(XGraphics gfx, PlacedTranscriptPage page)
    {
        structure.BeginArtifact();
        foreach (var shade in page.Strips.SelectMany(s => s.Shades))
            gfx.DrawShade(shade);
        foreach (var rule in page.Strips.SelectMany(s => s.Rules).Concat(page.FurnitureRules))
            gfx.DrawRule(rule);
        foreach (var text in page.Furniture.Concat(page.Strips.Where(s => s.Kind == StripKind.RepeatedHeaderRow).SelectMany(s => s.Texts)))
            gfx.DrawText(text, fonts);
        structure.End();

        foreach (var strip in page.Strips)
            Paint(gfx, strip);
    }

    /// <summary>Ends the table the last page finished in, if any.</summary>
    public void Finish() => EndTable();

    private void Paint(XGraphics gfx, Strip strip)
    {
        switch (strip.Kind)
        {
            case StripKind.Text:
                EndTable();
                foreach (var text in strip.Texts)
                    Tagged(gfx, text.Role.Tag(), [text]);
                break;
            case StripKind.HeaderRow:
                EndTable();
                structure.BeginElement(PdfBlockLevelElementTag.Table);
                inTable = true;
                PaintRow(gfx, strip, PdfBlockLevelElementTag.TableHeaderCell);
                break;
            case StripKind.Row:
                PaintRow(gfx, strip, PdfBlockLevelElementTag.TableDataCell);
                break;
            case StripKind.RepeatedHeaderRow:
                break; // drawn with the page's artifacts
        }
    }

    private void PaintRow(XGraphics gfx, Strip row, PdfBlockLevelElementTag cellTag)
    {
        structure.BeginElement(PdfBlockLevelElementTag.TableRow);
        foreach (var cell in row.Cells)
            Tagged(gfx, cellTag, cell);
        structure.End();
    }

    private void Tagged(XGraphics gfx, PdfBlockLevelElementTag tag, IReadOnlyList<TextBlock> texts)
    {
        structure.BeginElement(tag);
        foreach (var text in texts)
            gfx.DrawText(text, fonts);
        structure.End();
    }

    private void EndTable()
    {
        if (!inTable)
            return;
        structure.End();
        inTable = false;
    }
}
