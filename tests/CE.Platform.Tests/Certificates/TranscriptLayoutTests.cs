using CE.Platform.Web.Features.Certificates.Pdf;

namespace CE.Platform.Tests.Certificates;

public sealed class TranscriptLayoutTests
{
    private const double Margin = 30;

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Nothing_on_any_page_of_a_long_transcript_overlaps_or_comes_near_the_edge(PaperSize paper)
    {
        var placed = Place(TranscriptSamples.Long(120, paper) with
        {
            LearnerName = "Maria Guadalupe Fernández-Villaseñor de la Cruz Ångström-Nakamura-Oyelaran, DNP, CRNA, FAANA",
            ProviderName = "Regional Academic Health Sciences Centre Continuing Professional Education Office",
        });
        var printable = new Box(Margin, Margin, placed.PageWidth - (2 * Margin), placed.PageHeight - (2 * Margin));

        Assert.All(placed.Pages, page =>
        {
            var boxes = Boxes(page);
            Assert.All(boxes, item => Assert.True(printable.Contains(item.Box), $"'{item.What}' comes too near the edge"));
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count; j++)
                    Assert.False(boxes[i].Box.Overlaps(boxes[j].Box), $"'{boxes[i].What}' overlaps '{boxes[j].What}'");
        });
    }

    [Fact]
    public void A_long_activity_title_wraps_within_its_column_without_being_cut_short()
    {
        var row = Place(TranscriptSamples.Short()).Pages[0].Strips.Single(s => s.Texts.Any(t => t.Text == CertificateSamples.LongModuleTitle));

        var (title, credit) = (row.Cells[1][0], row.Cells[2][0]);

        Assert.Equal(CertificateSamples.LongModuleTitle, title.Text);
        Assert.InRange(title.Lines.Count, 3, 8);
        Assert.All(title.Lines, line => Assert.Equal(title.Lines[0].Box.X, line.Box.X));
        Assert.True(title.Lines.Max(l => l.Box.Right) < credit.Lines[0].Box.X, "the title runs into the credit column");
    }

    private static PlacedTranscript Place(TranscriptDocument document)
    {
        using var fonts = new CertificateFonts();
        return new TranscriptLayout(fonts.Width).Place(document);
    }

    // Lines of one paragraph touch edge to edge; shaving a hair off each box keeps touching from counting as overlap.
    // Rules count as boxes without height, so a rule through a line of text is caught too.
    private static List<(string What, Box Box)> Boxes(PlacedTranscriptPage page) =>
    [
        .. page.Strips.SelectMany(s => s.Texts).Concat(page.Furniture).SelectMany(t => t.Lines).Select(l => (l.Text, l.Box.Inset(0.001))),
        .. page.Strips.SelectMany(s => s.Rules).Concat(page.FurnitureRules).Select(r => ("rule", new Box(r.X1, r.Y1, r.X2 - r.X1, 0))),
    ];
}
