namespace CE.Platform.Web.Features.Certificates.Pdf;

public enum StripKind
{
    /// <summary>Headings and paragraphs.</summary>
    Text,

    /// <summary>A table's column headings where the table starts.</summary>
    HeaderRow,

    /// <summary>The column headings again at the top of a page the table continues on: pagination, not content.</summary>
    RepeatedHeaderRow,

    Row,
}

/// <summary>
/// A horizontal strip of a transcript, never split between pages: a heading, a paragraph or one table row.
/// Laid out from y = 0 until a page gives it its place.
/// </summary>
/// <param name="Cells">The text of each cell of a row; a text strip's blocks are its single cell.</param>
/// <param name="SpaceBefore">Space above the strip, dropped at the top of a page.</param>
public sealed record Strip(StripKind Kind, double Height, IReadOnlyList<IReadOnlyList<TextBlock>> Cells, IReadOnlyList<Rule> Rules, IReadOnlyList<Box> Shades, double SpaceBefore = 0)
{
    public IEnumerable<TextBlock> Texts => Cells.SelectMany(cell => cell);

    /// <summary>Headings and header rows must not end a page: they go to the next one with what follows them.</summary>
    public bool KeepsWithNext => Kind == StripKind.HeaderRow || Texts.Any(t => t.Role != TextRole.Paragraph);

    public Strip MovedDown(double by) => this with
    {
        Cells = [.. Cells.Select(cell => (IReadOnlyList<TextBlock>)[.. cell.Select(t => t.MovedDown(by))])],
        Rules = [.. Rules.Select(r => r.MovedDown(by))],
        Shades = [.. Shades.Select(s => s.MovedDown(by))],
    };
}

/// <summary>A page of a transcript: its strips in reading order, and the running header and footer around them.</summary>
public sealed record PlacedTranscriptPage(IReadOnlyList<Strip> Strips, IReadOnlyList<TextBlock> Furniture, IReadOnlyList<Rule> FurnitureRules);

/// <summary>Where everything goes on every page: the renderer draws exactly this and decides nothing.</summary>
public sealed record PlacedTranscript(double PageWidth, double PageHeight, IReadOnlyList<PlacedTranscriptPage> Pages);
