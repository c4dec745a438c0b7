namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>
/// Centred blocks from top to bottom. The gaps between them stretch to fill the height given, within
/// limits, so short and long certificates both look evenly spaced; what is left over centres the stack.
/// </summary>
public sealed class VerticalStack
{
    private const double MinGapScale = 0.55;
    private const double MaxGapScale = 2.4;
    private const double RuleThickness = 0.9;

    private readonly List<Item> items = [];

    private sealed record Item(double GapBefore, double Height, FittedText? Text, TextRole Role, double RuleWidth);

    public void AddText(FittedText text, TextRole role, double gapBefore) =>
        items.Add(new Item(gapBefore, TextPlacer.Height(text), text, role, 0));

    /// <summary>A short gold rule: the ornament under the heading and the divider above the small print.</summary>
    public void AddRule(double width, double gapBefore) => items.Add(new Item(gapBefore, RuleThickness, null, TextRole.Paragraph, width));

    public bool FitsIn(double height) => ContentHeight + (MinGapScale * GapsHeight) <= height;

    public (List<TextBlock> Texts, List<Rule> Rules) Place(Box area, TextPlacer placer)
    {
        var gapScale = GapsHeight == 0 ? 1 : Math.Clamp((area.Height - ContentHeight) / GapsHeight, MinGapScale, MaxGapScale);
        var y = area.Y + ((area.Height - ContentHeight - (gapScale * GapsHeight)) / 2);
        var centre = area.X + (area.Width / 2);
        var texts = new List<TextBlock>();
        var rules = new List<Rule>();
        foreach (var (index, item) in items.Index())
        {
            y += index == 0 ? 0 : item.GapBefore * gapScale;
            if (item.Text is { } text)
                texts.Add(placer.Place(text, item.Role, TextAlign.Center, centre, y));
            else
                rules.Add(new Rule(centre - (item.RuleWidth / 2), y + (RuleThickness / 2), centre + (item.RuleWidth / 2), y + (RuleThickness / 2), RuleThickness, Ink.Gold));
            y += item.Height;
        }

        return (texts, rules);
    }

    private double ContentHeight => items.Sum(i => i.Height);

    // The first block's gap is ignored: centring places the stack.
    private double GapsHeight => items.Skip(1).Sum(i => i.GapBefore);
}
