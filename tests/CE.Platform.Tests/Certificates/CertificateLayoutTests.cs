using CE.Platform.Web.Features.Certificates.Pdf;

namespace CE.Platform.Tests.Certificates;

public sealed class CertificateLayoutTests
{
    private const string NameTooLongForOneLine =
        "Maria Guadalupe Fernández-Villaseñor de la Cruz Ångström-Nakamura-Oyelaran, DNP, CRNA, FAANA";

    [Fact]
    public void A_short_name_is_set_on_one_line_at_the_full_name_size()
    {
        var name = NameBlock(Place(CertificateSamples.Short()), "Ana Ruiz");

        Assert.Equal(CertificateLayout.NameSize, name.Style.Size);
        Assert.Single(name.Lines);
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void A_long_name_shrinks_to_stay_on_one_line(PaperSize paper)
    {
        var name = NameBlock(Place(CertificateSamples.Long(paper)), CertificateSamples.LongName);

        Assert.True(name.Style.Size < CertificateLayout.NameSize, $"name set at {name.Style.Size} pt");
        Assert.Single(name.Lines);
    }

    [Fact]
    public void A_name_too_long_even_at_the_smallest_size_wraps_to_two_lines()
    {
        var name = NameBlock(Place(CertificateSamples.Long() with { LearnerName = NameTooLongForOneLine }), NameTooLongForOneLine);

        Assert.Equal(2, name.Lines.Count);
    }

    [Theory]
    [MemberData(nameof(LongCertificateNames))]
    public void No_two_pieces_of_a_long_certificate_overlap(string certificate)
    {
        var boxes = Boxes(Place(LongCertificates[certificate]));

        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].Box.Overlaps(boxes[j].Box), $"'{boxes[i].What}' overlaps '{boxes[j].What}'");
    }

    [Theory]
    [MemberData(nameof(LongCertificateNames))]
    public void Everything_on_a_long_certificate_lies_inside_the_inner_border(string certificate)
    {
        var placed = Place(LongCertificates[certificate]);

        Assert.All(Boxes(placed), item => Assert.True(placed.InnerBorder.Contains(item.Box), $"'{item.What}' crosses the border"));
    }

    [Fact]
    public void The_module_title_wraps_onto_several_centred_lines_of_the_same_size()
    {
        var title = Place(CertificateSamples.Long()).Texts.Single(t => t.Text == CertificateSamples.LongModuleTitle);

        Assert.InRange(title.Lines.Count, 2, 3);
        var centres = title.Lines.Select(l => l.Box.X + (l.Box.Width / 2)).ToList();
        Assert.All(centres, c => Assert.Equal(centres[0], c, 0.01));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_split_rather_than_left_to_overflow()
    {
        using var fonts = new CertificateFonts();
        var style = new TextStyle(FontFace.SansRegular, 9, Ink.Muted);

        var lines = new TextFitter(fonts.Width).Wrap("https://ce.example.org/verify/" + new string('x', 120), style, 150);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(fonts.Width(line, style) <= 150, $"'{line}' is too wide"));
    }

    private static readonly Dictionary<string, CertificateDocument> LongCertificates = new()
    {
        ["long name, A4"] = CertificateSamples.Long(PaperSize.A4),
        ["long name, Letter"] = CertificateSamples.Long(PaperSize.Letter),
        ["two-line name, Letter"] = CertificateSamples.Long(PaperSize.Letter) with { LearnerName = NameTooLongForOneLine },
        ["everything far too long, A4"] = Overfull(PaperSize.A4),
        ["everything far too long, Letter"] = Overfull(PaperSize.Letter),
    };

    public static TheoryData<string> LongCertificateNames() => [.. LongCertificates.Keys];

    // Every field long enough to hit its line limit at the smallest size: the most a certificate can ever hold.
    private static CertificateDocument Overfull(PaperSize paper) => CertificateSamples.Long(paper) with
    {
        ProviderName = Repeat("Regional Academic Health Sciences Centre Continuing Professional Education Office", 3),
        LearnerName = Repeat(NameTooLongForOneLine, 2),
        Credential = Repeat("DNP, CRNA, FAANA, APRN, CCRN", 4),
        LicenseLine = Repeat("Licence RN-123456 (California) · APRN-CRNA-98765 (New York)", 3),
        ModuleTitle = Repeat(CertificateSamples.LongModuleTitle, 3),
        CourseTitle = Repeat(CertificateSamples.Long().CourseTitle, 3),
        CreditTypeName = Repeat("ANCC Nursing Continuing Professional Development", 4),
        CreditStatement = Repeat(CertificateSamples.Long().CreditStatement, 4),
        ProviderStatement = Repeat(CertificateSamples.Long().ProviderStatement, 4),
        CertificateNumber = Repeat("CE-2026-7K3Q-9XPM", 6),
        VerifyUrl = "https://continuing-education.example-health-system.org/certificates/verify/" + new string('a', 200),
        ContentVersion = Repeat("v3 (2026-11-20)", 8),
        SignatoryName = Repeat("Dr. Helena Marsh-Villaseñor", 4),
        SignatoryTitle = Repeat(CertificateSamples.Long().SignatoryTitle, 3),
    };

    private static string Repeat(string text, int times) => string.Join(' ', Enumerable.Repeat(text, times));

    private static PlacedCertificate Place(CertificateDocument document)
    {
        using var fonts = new CertificateFonts();
        return new CertificateLayout(fonts.Width).Place(document);
    }

    private static TextBlock NameBlock(PlacedCertificate placed, string name) => placed.Texts.Single(t => t.Text == name);

    // Lines of one paragraph touch edge to edge; shaving a hair off each box keeps touching from counting as overlap.
    private static List<(string What, Box Box)> Boxes(PlacedCertificate placed) =>
    [
        .. placed.Texts.SelectMany(t => t.Lines).Select(l => (l.Text, l.Box.Inset(0.001))),
        ("QR code", placed.QrCode),
        ("seal", placed.Seal),
    ];
}
