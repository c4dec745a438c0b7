using System.Globalization;
using CE.Platform.Web.Features.Certificates.Pdf;
using UglyToad.PdfPig;

namespace CE.Platform.Tests.Certificates;

public sealed class TranscriptPdfTests
{
    private static readonly PdfSharpTranscriptRenderer Renderer = new();

    [Theory]
    [InlineData(PaperSize.A4, 595.28, 841.89)]
    [InlineData(PaperSize.Letter, 612, 792)]
    public void Every_page_is_portrait_on_the_chosen_paper(PaperSize paper, double width, double height)
    {
        using var pdf = Open(TranscriptSamples.Long(40, paper));

        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(width, page.Width, 0.5);
            Assert.Equal(height, page.Height, 0.5);
        });
    }

    [Fact]
    public void The_first_page_is_headed_with_the_provider_the_title_the_learner_and_the_date_generated()
    {
        var document = TranscriptSamples.Short();
        using var pdf = Open(document);
        var text = CertificatePdf.Squeezed(pdf.GetPage(1).Text);

        Assert.Contains(CertificatePdf.Squeezed(
            $"{document.ProviderName} Transcript of continuing education Learner {CertificateSamples.LongName} 5 completed activities Generated on 25 November 2026"),
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_completion_is_listed_with_its_date_activity_course_credit_type_and_certificate_number()
    {
        var document = TranscriptSamples.Short();
        using var pdf = Open(document);
        var text = CertificatePdf.Squeezed(pdf.GetPage(1).Text);

        Assert.All(document.Entries, entry => Assert.Contains(CertificatePdf.Squeezed(string.Create(CultureInfo.InvariantCulture,
            $"{entry.CompletedOn:d MMM yyyy} {entry.ActivityTitle} {entry.CourseTitle} {entry.Credit:0.00} {entry.CreditTypeName} {entry.CertificateNumber}")),
            text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_credit_is_totalled_per_credit_type_and_per_calendar_year()
    {
        using var pdf = Open(TranscriptSamples.Short());
        var text = CertificatePdf.Squeezed(pdf.GetPage(1).Text);

        Assert.Contains(CertificatePdf.Squeezed(
            "Totals by credit type  Credit type Total  AMA PRA Category 1 Credit™ 2.25  Nursing contact hours 3.75  " +
            "Totals by year  Year Credit type Total  2025 AMA PRA Category 1 Credit™ 1.75  2025 Nursing contact hours 1.50  " +
            "2026 AMA PRA Category 1 Credit™ 0.50  2026 Nursing contact hours 2.25"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_transcript_runs_over_pages_each_numbered_and_each_table_page_under_the_column_headings()
    {
        var document = TranscriptSamples.Long(120);
        using var pdf = Open(document);
        var pages = pdf.GetPages().Select(p => CertificatePdf.Squeezed(p.Text)).ToList();
        var columnHeadings = CertificatePdf.Squeezed("Completed Activity Credit Credit type Certificate");

        Assert.InRange(pages.Count, 4, 30);
        Assert.All(pages.Index(), page =>
        {
            Assert.Contains(CertificatePdf.Squeezed($"Page {page.Index + 1} of {pages.Count}"), page.Item, StringComparison.Ordinal);
            if (page.Item.Contains("CE-2024-", StringComparison.Ordinal))
                Assert.Contains(columnHeadings, page.Item, StringComparison.Ordinal);
            if (page.Index > 0)
                Assert.Contains(CertificatePdf.Squeezed(CertificateSamples.LongName), page.Item, StringComparison.Ordinal);
        });
        var all = string.Concat(pages);
        Assert.All(document.Entries, entry => Assert.Single(Occurrences(all, entry.CertificateNumber)));
    }

    [Fact]
    public void Each_table_is_tagged_once_for_screen_readers_however_many_pages_it_spans()
    {
        var document = TranscriptSamples.Long(120);
        using var pdf = Open(document);

        var tags = TaggedPdfReader.StructureTags(pdf);

        Assert.Equal(3, tags.Count(t => t == "Table"));
        var rows = 1 + document.Entries.Count + 1 + document.Totals.Count + 1 + document.TotalsByYear.Sum(year => year.Value.Count);
        Assert.Equal(rows, tags.Count(t => t == "TR"));
        Assert.Equal(["H1", "H2", "H2", "H2"], tags.Where(t => t.StartsWith('H')).ToArray());
        Assert.Equal($"Transcript of continuing education – {CertificateSamples.LongName}", pdf.Information.Title);
    }

    [Fact]
    public void An_empty_transcript_is_one_page_saying_there_is_nothing_yet()
    {
        using var pdf = Open(TranscriptSamples.Short() with { Entries = [] });

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("No completed activities yet.", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Totals", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_is_embedded_and_is_one_of_the_bundled_liberation_fonts()
    {
        using var pdf = Open(TranscriptSamples.Long(60));

        Assert.All(pdf.GetPages(), page =>
        {
            Assert.All(CertificatePdf.Fonts(pdf, page), font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
            Assert.All(page.Letters, letter => Assert.Contains("Liberation", letter.FontName, StringComparison.Ordinal));
        });
    }

    private static PdfDocument Open(TranscriptDocument document) => PdfDocument.Open(Renderer.Render(document));

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            yield return at;
    }
}
