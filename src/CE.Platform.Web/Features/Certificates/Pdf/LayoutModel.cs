namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>A rectangle in points, origin at the page's top-left corner, y growing downwards.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public bool Contains(Box other) =>
        other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;

    public bool Overlaps(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public Box Inset(double by) => new(X + by, Y + by, Width - (2 * by), Height - (2 * by));

    public Box MovedDown(double by) => this with { Y = Y + by };
}

public enum FontFace
{
    SerifRegular,
    SerifBold,
    SerifItalic,
    SansRegular,
    SansBold,
}

/// <summary>The few colours of certificates and transcripts, named by role; the renderer maps them to RGB.</summary>
public enum Ink
{
    Teal,
    Gold,
    Body,
    Muted,
    Hairline,
    Shade,
}

public enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>Headings and paragraphs become the PDF's structure tags, for screen readers.</summary>
public enum TextRole
{
    Heading,
    Subheading,
    Paragraph,
}

public sealed record TextStyle(FontFace Face, double Size, Ink Ink)
{
    /// <summary>Baseline-to-baseline distance; roomy enough for accents above capitals (Å) and descenders.</summary>
    public double LineHeight => Size * 1.22;

    public TextStyle Scaled(double factor) => this with { Size = Size * factor };
}

public sealed record PlacedLine(string Text, Box Box);

/// <summary>One paragraph of the certificate, already broken into lines with their boxes.</summary>
public sealed record TextBlock(TextRole Role, TextStyle Style, IReadOnlyList<PlacedLine> Lines)
{
    public string Text => string.Join(' ', Lines.Select(l => l.Text));

    public TextBlock MovedDown(double by) => this with { Lines = [.. Lines.Select(l => l with { Box = l.Box.MovedDown(by) })] };
}

public sealed record Rule(double X1, double Y1, double X2, double Y2, double Thickness, Ink Ink)
{
    public Rule MovedDown(double by) => this with { Y1 = Y1 + by, Y2 = Y2 + by };
}

public sealed record BorderFrame(Box Box, double Thickness, Ink Ink);

/// <summary>Where everything goes on the page: the renderer draws exactly this and decides nothing.</summary>
public sealed record PlacedCertificate(
    double PageWidth,
    double PageHeight,
    IReadOnlyList<BorderFrame> Borders,
    Box InnerBorder,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<TextBlock> Texts,
    Box QrCode,
    Box Seal);
