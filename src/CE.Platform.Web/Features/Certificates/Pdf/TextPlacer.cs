namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>Turns fitted lines into boxes as wide as the ink they hold, aligned on an anchor.</summary>
public sealed class TextPlacer(MeasureText measure)
{
    /// <param name="anchorX">The left edge, centre or right edge of the lines, as <paramref name="align"/> says.</param>
    public TextBlock Place(FittedText text, TextRole role, TextAlign align, double anchorX, double top)
    {
        var lineHeight = text.Style.LineHeight;
        var lines = text.Lines.Select((line, i) =>
        {
            var width = measure(line, text.Style);
            var x = align switch
            {
                TextAlign.Left => anchorX,
                TextAlign.Center => anchorX - (width / 2),
                _ => anchorX - width,
            };
            return new PlacedLine(line, new Box(x, top + (i * lineHeight), width, lineHeight));
        }).ToList();
        return new TextBlock(role, text.Style, lines);
    }

    public static double Height(FittedText text) => text.Lines.Count * text.Style.LineHeight;
}
