namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Decides where every word of a transcript goes, given only a way to measure text, so pagination can be
/// checked without drawing: the content flows down portrait pages, each with a footer numbering it
/// "Page x of N", and every page after the first with a running header naming the learner.
/// </summary>
public sealed class TranscriptLayout(MeasureText measure)
{
    private const double Margin = 48;
    private const double RunningHeaderTop = 34;
    private const double RunningHeaderRuleY = 50;
    private const double FooterRuleFromBottom = 48;
    private const double FooterGap = 16;
    private static readonly TextStyle FurnitureStyle = new(FontFace.SansRegular, 7.5, Ink.Muted);

    private readonly TextFitter fitter = new(measure);
    private readonly TextPlacer placer = new(measure);

    public PlacedTranscript Place(TranscriptDocument document)
    {
        var (width, height) = document.Paper.Portrait();
        var footerRuleY = height - FooterRuleFromBottom;
        var body = new Box(Margin, Margin, width - (2 * Margin), footerRuleY - FooterGap - Margin);
        var strips = new TranscriptSections(fitter, placer, body).For(document).ToList();
        var pages = new PageFlow(body.Y, RunningHeaderRuleY + FooterGap, body.Bottom).Pour(strips);

        var placed = pages.Select((page, i) =>
        {
            var texts = Footer(document, i + 1, pages.Count, body, footerRuleY + 5);
            var rules = new List<Rule> { new(body.X, footerRuleY, body.Right, footerRuleY, 0.5, Ink.Hairline) };
            if (i > 0)
            {
                texts.AddRange(RunningHeader(document, body));
                rules.Add(new Rule(body.X, RunningHeaderRuleY, body.Right, RunningHeaderRuleY, 0.5, Ink.Hairline));
            }

            return new PlacedTranscriptPage(page, texts, rules);
        }).ToList();
        return new PlacedTranscript(width, height, placed);
    }

    private List<TextBlock> Footer(TranscriptDocument document, int page, int pages, Box body, double top)
    {
        var pageOf = fitter.Fit(TranscriptWording.PageOf(page, pages), FurnitureStyle, body.Width, FurnitureStyle.Size);
        var pageOfWidth = measure(pageOf.Lines[0], FurnitureStyle);
        var about = fitter.Fit(TranscriptWording.Footer(document), FurnitureStyle, body.Width - pageOfWidth - 24, 6);
        return
        [
            placer.Place(about, TextRole.Paragraph, TextAlign.Left, body.X, top),
            placer.Place(pageOf, TextRole.Paragraph, TextAlign.Right, body.Right, top),
        ];
    }

    private IEnumerable<TextBlock> RunningHeader(TranscriptDocument document, Box body)
    {
        var style = FurnitureStyle with { Face = FontFace.SansBold, Ink = Ink.Teal };
        var provider = fitter.Fit(document.ProviderName, FurnitureStyle, body.Width * 0.4, 6);
        var heading = fitter.Fit(TranscriptWording.RunningHeader(document), style, body.Width * 0.56, 6);
        yield return placer.Place(heading, TextRole.Paragraph, TextAlign.Left, body.X, RunningHeaderTop);
        yield return placer.Place(provider, TextRole.Paragraph, TextAlign.Right, body.Right, RunningHeaderTop);
    }
}
