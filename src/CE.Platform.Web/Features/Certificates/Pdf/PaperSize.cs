namespace CE.Platform.Web.Features.Certificates.Pdf;

public enum PaperSize
{
    A4,
    Letter,
}

public static class PaperSizes
{
    /// <summary>The sheet's size in points held upright; certificates turn it on its side.</summary>
    public static (double Width, double Height) Portrait(this PaperSize paper) => paper switch
    {
        PaperSize.A4 => (595.28, 841.89),
        PaperSize.Letter => (612, 792),
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };
}
