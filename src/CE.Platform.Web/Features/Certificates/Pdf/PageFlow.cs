namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Pours strips down pages in order. What must not end a page moves on with what follows it, and a
/// table cut by a page break continues under a repeat of its header row.
/// </summary>
/// <param name="firstTop">Where the first page's strips start.</param>
/// <param name="top">Where later pages' strips start, below their running header.</param>
/// <param name="bottom">Where every page's strips must end, above the footer.</param>
public sealed class PageFlow(double firstTop, double top, double bottom)
{
    public List<List<Strip>> Pour(IReadOnlyList<Strip> strips)
    {
        var pages = new List<List<Strip>> { new() };
        var y = firstTop;
        Strip? tableHeader = null;
        for (var i = 0; i < strips.Count; i++)
        {
            var strip = strips[i];
            tableHeader = strip.Kind switch { StripKind.HeaderRow => strip, StripKind.Row => tableHeader, _ => null };
            if (pages[^1].Count > 0 && y + strip.SpaceBefore + HeightKeptTogether(strips, i) > bottom)
            {
                pages.Add([]);
                y = top;
                if (strip.Kind == StripKind.Row && tableHeader is not null)
                {
                    pages[^1].Add(tableHeader.MovedDown(y) with { Kind = StripKind.RepeatedHeaderRow });
                    y += tableHeader.Height;
                }
            }

            y += pages[^1].Count > 0 ? strip.SpaceBefore : 0;
            pages[^1].Add(strip.MovedDown(y));
            y += strip.Height;
        }

        return pages;
    }

    private static double HeightKeptTogether(IReadOnlyList<Strip> strips, int i) =>
        strips[i].Height + (strips[i].KeepsWithNext && i + 1 < strips.Count ? strips[i + 1].SpaceBefore + HeightKeptTogether(strips, i + 1) : 0);
}
