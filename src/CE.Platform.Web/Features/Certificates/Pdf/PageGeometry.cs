namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>The landscape page, its two border rules and the area inside them that holds the text, in points.</summary>
public sealed record PageGeometry(double Width, double Height)
{
    public static PageGeometry For(PaperSize paper)
    {
        var (width, height) = paper.Portrait();
        return new PageGeometry(height, width);
    }

    private Box Page => new(0, 0, Width, Height);

    /// <summary>A thick teal rule, then a thin gold one inside it: the frame of a printed certificate.</summary>
    public IReadOnlyList<BorderFrame> Borders =>
    [
        new(Page.Inset(26), 7, Ink.Teal),
        new(Page.Inset(36), 1.2, Ink.Gold),
    ];

    /// <summary>The inside edge of the gold rule: nothing is drawn past it.</summary>
    public Box InnerBorder => Page.Inset(36.6);

    /// <summary>Inside the border with a margin that keeps the text clear of the rules.</summary>
    public Box Content => new(InnerBorder.X + 40, InnerBorder.Y + 22, InnerBorder.Width - 80, InnerBorder.Height - 44);
}
