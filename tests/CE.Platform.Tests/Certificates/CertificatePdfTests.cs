using System.Text.RegularExpressions;
using CE.Platform.Web.Features.Certificates.Pdf;
using UglyToad.PdfPig.Tokens;

namespace CE.Platform.Tests.Certificates;

public sealed class CertificatePdfTests
{
    [Theory]
    [InlineData(PaperSize.A4, 841.89, 595.28)]
    [InlineData(PaperSize.Letter, 792, 612)]
    public void The_certificate_is_a_single_landscape_page_of_the_chosen_paper(PaperSize paper, double width, double height)
    {
        using var pdf = CertificatePdf.Open(CertificateSamples.Long(paper));

        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(width, page.Width, 0.5);
        Assert.Equal(height, page.Height, 0.5);
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Every_fact_of_the_certificate_is_printed_as_selectable_text(PaperSize paper)
    {
        var document = CertificateSamples.Long(paper);
        using var pdf = CertificatePdf.Open(document);
        var text = CertificatePdf.Squeezed(pdf.GetPage(1).Text);

        string[] facts =
        [
            document.ProviderName, "Certificate of Completion", CertificateSamples.LongName, document.Credential!, document.LicenseLine!,
            CertificateSamples.LongModuleTitle, "in the course " + document.CourseTitle, "Completed on 25 November 2026",
            "2.25 Nursing contact hours", document.CreditStatement, document.ProviderStatement, "Certificate number CE-2026-7K3Q-9XPM",
            "Content version v3 (2026-11-20)", "Verify at " + document.VerifyUrl, document.SignatoryName, document.SignatoryTitle,
        ];
        Assert.All(facts, fact => Assert.Contains(CertificatePdf.Squeezed(fact), text));
    }

    [Fact]
    public void The_credit_awarded_is_printed_with_two_decimals_and_its_credit_type()
    {
        using var pdf = CertificatePdf.Open(CertificateSamples.Short());

        Assert.Contains("1.00 AMA PRA Category 1 Credit™", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Every_font_is_embedded_and_is_one_of_the_bundled_liberation_fonts()
    {
        using var pdf = CertificatePdf.Open(CertificateSamples.Long());
        var page = pdf.GetPage(1);
        var fonts = CertificatePdf.Fonts(pdf, page);

        Assert.Equal(5, fonts.Count);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.All(page.Letters, letter => Assert.Contains("Liberation", letter.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void The_document_is_described_and_tagged_for_screen_readers()
    {
        var document = CertificateSamples.Short();
        using var pdf = CertificatePdf.Open(document);

        Assert.Equal("Certificate of Completion – Ketamine pharmacology", pdf.Information.Title);
        Assert.Equal(document.ProviderName, pdf.Information.Author);
        Assert.Contains(document.CertificateNumber, pdf.Information.Subject, StringComparison.Ordinal);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.StructTreeRoot));
    }

    [Fact]
    public void The_document_declares_itself_tagged_in_english_and_has_its_title_shown_by_readers()
    {
        using var pdf = CertificatePdf.Open(CertificateSamples.Short());

        var markInfo = Assert.IsType<DictionaryToken>(TaggedPdfReader.Catalog(pdf, "MarkInfo"));
        Assert.Equal(BooleanToken.True, markInfo.Data["Marked"]);
        Assert.Equal("en", Assert.IsType<StringToken>(TaggedPdfReader.Catalog(pdf, "Lang")).Data);
        var viewer = Assert.IsType<DictionaryToken>(TaggedPdfReader.Catalog(pdf, "ViewerPreferences"));
        Assert.Equal(BooleanToken.True, viewer.Data["DisplayDocTitle"]);
    }

    [Fact]
    public void The_learner_module_and_certificate_number_are_tagged_text_in_reading_order_and_the_qr_code_a_described_figure()
    {
        var document = CertificateSamples.Short();
        using var pdf = CertificatePdf.Open(document);

        var tagged = TaggedPdfReader.TaggedText(pdf.GetPage(1)).Select(CertificatePdf.Squeezed).ToList();
        int Position(string text) => tagged.FindIndex(piece => piece.Contains(CertificatePdf.Squeezed(text), StringComparison.Ordinal));
        Assert.True(Position(document.LearnerName) >= 0, "the learner's name is not tagged text");
        Assert.True(Position(document.ModuleTitle) > Position(document.LearnerName), "the module title is not tagged text after the name");
        Assert.True(Position(document.CertificateNumber) > Position(document.ModuleTitle), "the certificate number is not tagged text after the title");

        var elements = TaggedPdfReader.StructureElements(pdf);
        Assert.Equal("H1", TaggedPdfReader.StructureTags(pdf).First(tag => tag.StartsWith('H')));
        var figure = Assert.Single(elements, element => element.Data["S"] is NameToken { Data: "Figure" });
        Assert.Equal($"QR code linking to {document.VerifyUrl}", Assert.IsType<StringToken>(figure.Data["Alt"]).Data);
    }

    [Fact]
    public async Task Two_hundred_certificates_rendered_in_parallel_each_carry_exactly_their_own_learner_and_number()
    {
        var documents = Enumerable.Range(1, 200)
            .Select(i => CertificateSamples.Long() with { LearnerName = $"Learner Ødegård {i:D3}", CertificateNumber = $"CE-2026-{i:D4}-9XPM" })
            .ToArray();
        var rendered = new byte[documents.Length][];

        await Parallel.ForEachAsync(Enumerable.Range(0, documents.Length),
            new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = TestContext.Current.CancellationToken },
            (i, _) =>
            {
                rendered[i] = CertificatePdf.Renderer.Render(documents[i]);
                return ValueTask.CompletedTask;
            });

        Assert.All(documents.Zip(rendered), pair =>
        {
            var (document, bytes) = pair;
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            var text = pdf.GetPage(1).Text;
            Assert.Equal(1, pdf.NumberOfPages);
            Assert.Equal([document.LearnerName], Regex.Matches(text, @"Learner Ødegård \d{3}").Select(m => m.Value));
            Assert.Equal([document.CertificateNumber], Regex.Matches(text, @"CE-2026-\d{4}-9XPM").Select(m => m.Value));
            Assert.Equal($"{document.LearnerName}, certificate {document.CertificateNumber}", pdf.Information.Subject);
        });
    }

    [Fact]
    public void Rendering_the_same_certificate_twice_gives_a_valid_pdf_each_time()
    {
        var document = CertificateSamples.Short(PaperSize.Letter);

        foreach (var bytes in new[] { CertificatePdf.Renderer.Render(document), CertificatePdf.Renderer.Render(document) })
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            Assert.Contains("Ana Ruiz", pdf.GetPage(1).Text, StringComparison.Ordinal);
        }
    }
}
