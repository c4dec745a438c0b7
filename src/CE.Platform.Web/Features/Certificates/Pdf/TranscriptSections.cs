using System.Globalization;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// A transcript's content from top to bottom as strips: the masthead, the completed activities, then
/// the totals per credit type and per calendar year.
/// </summary>
public sealed class TranscriptSections(TextFitter fitter, TextPlacer placer, Box body)
{
    private const double SectionGap = 20;
    private const double TotalsWidth = 340;
    private static readonly TextStyle Cell = new(FontFace.SansRegular, 9, Ink.Body);
    private static readonly TextStyle CellStrong = new(FontFace.SansBold, 9, Ink.Body);
    private static readonly TextStyle CellNote = new(FontFace.SansRegular, 8, Ink.Muted);
    private static readonly TextStyle Label = new(FontFace.SansRegular, 8, Ink.Muted);

    public IEnumerable<Strip> For(TranscriptDocument document)
    {
        yield return Masthead(document);
        yield return SectionHeading(TranscriptWording.Activities);
        if (document.Entries.Count == 0)
        {
            yield return Text([Place(TranscriptWording.NoActivities, Cell, body.Width, 0)], 0);
            yield break;
        }

        var activities = new TableRows(fitter, placer, body.X, body.Width,
            new ColumnSpec("Completed", 56), new ColumnSpec("Activity", 0), new ColumnSpec("Credit", 34, TextAlign.Right),
            new ColumnSpec("Credit type", 92), new ColumnSpec("Certificate", 86));
        yield return activities.Header();
        foreach (var entry in document.Entries)
        {
            yield return activities.Row(
                [new CellText(TranscriptWording.Date(entry.CompletedOn), Cell)],
                [new CellText(entry.ActivityTitle, CellStrong, 8), new CellText(entry.CourseTitle, CellNote, 3)],
                [new CellText(CertificateWording.Amount(entry.Credit), Cell)],
                [new CellText(entry.CreditTypeName, Cell)],
                [new CellText(entry.CertificateNumber, Cell with { Size = 8.5 }, 1, MinSize: 6)]);
        }

        yield return SectionHeading(TranscriptWording.TotalsByType);
        var byType = new TableRows(fitter, placer, body.X, TotalsWidth, new ColumnSpec("Credit type", 0), new ColumnSpec("Total", 60, TextAlign.Right));
        yield return byType.Header();
        foreach (var (type, total) in document.Totals)
            yield return byType.Row([new CellText(type, Cell)], [new CellText(CertificateWording.Amount(total), CellStrong)]);

        yield return SectionHeading(TranscriptWording.TotalsByYear);
        var byYear = new TableRows(fitter, placer, body.X, TotalsWidth,
            new ColumnSpec("Year", 36), new ColumnSpec("Credit type", 0), new ColumnSpec("Total", 60, TextAlign.Right));
        yield return byYear.Header();
        foreach (var (year, totals) in document.TotalsByYear)
        {
            foreach (var (type, total) in totals)
            {
                yield return byYear.Row([new CellText(year.ToString(CultureInfo.InvariantCulture), Cell)], [new CellText(type, Cell)],
                    [new CellText(CertificateWording.Amount(total), CellStrong)]);
            }
        }
    }

    /// <summary>Provider, title and a gold rule, then the learner on the left and the date generated on the right.</summary>
    private Strip Masthead(TranscriptDocument document)
    {
        var provider = Place(document.ProviderName, new TextStyle(FontFace.SansBold, 10.5, Ink.Teal), body.Width, 0);
        var titleTop = Bottom(provider) + 2;
        var title = Place(TranscriptWording.Heading, new TextStyle(FontFace.SerifBold, 22, Ink.Body), body.Width, titleTop, TextRole.Heading);
        var ruleY = Bottom(title) + 6;
        var factsTop = ruleY + 12;
        var learnerLabel = Place(TranscriptWording.LearnerLabel, Label, body.Width, factsTop);
        var learner = Place(document.LearnerName, new TextStyle(FontFace.SerifBold, 15, Ink.Body), body.Width * 0.62, Bottom(learnerLabel), maxLines: 2);
        var count = Place(TranscriptWording.ActivityCount(document), Label, body.Width * 0.62, Bottom(learner) + 1);
        var generatedLabel = Place(TranscriptWording.GeneratedLabel, Label, body.Width * 0.3, factsTop, align: TextAlign.Right);
        var generated = Place(CertificateWording.LongDate(document.GeneratedOn), new TextStyle(FontFace.SansRegular, 10.5, Ink.Body), body.Width * 0.3,
            Bottom(generatedLabel) + 2, align: TextAlign.Right);
        var rule = new Rule(body.X, ruleY, body.Right, ruleY, 1.2, Ink.Gold);
        return Text([provider, title, learnerLabel, learner, count, generatedLabel, generated], 0, rule);
    }

    private Strip SectionHeading(string heading) =>
        Text([Place(heading, new TextStyle(FontFace.SerifBold, 13, Ink.Teal), body.Width, 0, TextRole.Subheading)], SectionGap, extraHeight: 6);

    private TextBlock Place(string text, TextStyle style, double width, double top, TextRole role = TextRole.Paragraph, int maxLines = 1, TextAlign align = TextAlign.Left)
    {
        var fitted = fitter.Fit(text, style, width, style.Size * 0.75, 1, maxLines);
        return placer.Place(fitted, role, align, align == TextAlign.Right ? body.Right : body.X, top);
    }

    private static Strip Text(IReadOnlyList<TextBlock> texts, double spaceBefore, Rule? rule = null, double extraHeight = 0) =>
        new(StripKind.Text, texts.Max(Bottom) + extraHeight, [texts], rule is null ? [] : [rule], [], spaceBefore);

    private static double Bottom(TextBlock text) => text.Lines.Count == 0 ? 0 : text.Lines[^1].Box.Bottom;
}
