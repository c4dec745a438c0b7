namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>A column of a table; a width of 0 takes whatever the other columns leave.</summary>
public sealed record ColumnSpec(string Heading, double Width, TextAlign Align = TextAlign.Left);

/// <summary>
/// One paragraph of a cell, wrapped within the column to at most <paramref name="MaxLines"/> lines; given a
/// <paramref name="MinSize"/>, it shrinks towards that size before it wraps.
/// </summary>
public sealed record CellText(string Text, TextStyle Style, int MaxLines = 3, double? MinSize = null);

/// <summary>
/// Makes the rows of one table as strips: each cell wraps within its column and the row is as tall as
/// its tallest cell. The header row is shaded and underlined in teal, other rows by a hairline.
/// </summary>
public sealed class TableRows
{
    private const double Gutter = 10;
    private const double SidePadding = 6;
    private const double RowPadding = 4.5;
    private static readonly TextStyle HeadingStyle = new(FontFace.SansBold, 8, Ink.Teal);

    private readonly TextFitter fitter;
    private readonly TextPlacer placer;
    private readonly double left;
    private readonly double right;
    private readonly List<(ColumnSpec Spec, double X, double Width)> columns = [];

    public TableRows(TextFitter fitter, TextPlacer placer, double left, double width, params ColumnSpec[] specs)
    {
        this.fitter = fitter;
        this.placer = placer;
        this.left = left;
        right = left + width;
        var flexible = width - (2 * SidePadding) - (Gutter * (specs.Length - 1)) - specs.Sum(s => s.Width);
        var x = left + SidePadding;
        foreach (var spec in specs)
        {
            var columnWidth = spec.Width == 0 ? flexible : spec.Width;
            columns.Add((spec, x, columnWidth));
            x += columnWidth + Gutter;
        }
    }

    public Strip Header() => Row(StripKind.HeaderRow, [.. columns.Select(c => (IReadOnlyList<CellText>)[new CellText(c.Spec.Heading, HeadingStyle, 2)])]);

    /// <summary>A row with one cell per column, in the columns' order.</summary>
    public Strip Row(params IReadOnlyList<CellText>[] cells) => Row(StripKind.Row, cells);

    private Strip Row(StripKind kind, IReadOnlyList<CellText>[] cells)
    {
        var placed = cells.Select((cell, i) => Cell(cell, columns[i])).ToList();
        var height = placed.Max(c => c.Height) + (2 * RowPadding);
        var isHeader = kind == StripKind.HeaderRow;
        var underline = new Rule(left, height, right, height, isHeader ? 0.9 : 0.5, isHeader ? Ink.Teal : Ink.Hairline);
        Box[] shades = isHeader ? [new Box(left, 0, right - left, height)] : [];
        return new Strip(kind, height, [.. placed.Select(c => c.Texts)], [underline], shades);
    }

    private (IReadOnlyList<TextBlock> Texts, double Height) Cell(IReadOnlyList<CellText> cell, (ColumnSpec Spec, double X, double Width) column)
    {
        var anchor = column.Spec.Align switch
        {
            TextAlign.Left => column.X,
            TextAlign.Center => column.X + (column.Width / 2),
            _ => column.X + column.Width,
        };
        var y = RowPadding;
        var texts = new List<TextBlock>();
        foreach (var paragraph in cell)
        {
            var fitted = fitter.Fit(paragraph.Text, paragraph.Style, column.Width, paragraph.MinSize ?? paragraph.Style.Size, paragraph.MaxLines, paragraph.MaxLines);
            texts.Add(placer.Place(fitted, TextRole.Paragraph, column.Spec.Align, anchor, y));
            y += TextPlacer.Height(fitted);
        }

        return (texts, y - RowPadding);
    }
}
