using System.Text;

namespace CE.Platform.Web.Features.Dashboard.Charts;

/// <summary>
/// Cycles falling due in each of the coming weeks as stacked columns: completed (solid) under not yet
/// completed (striped), with the week's total written above its column.
/// </summary>
public static class RenewalsChart
{
    private const int Height = 200, Left = 36, Right = Svg.Width - 12, Top = 18, Bottom = Height - 24;

    public static string Summary(IReadOnlyList<RenewalWeek> weeks) =>
        $"In the next {weeks.Count} weeks {Svg.Count(weeks.Sum(w => w.Total))} cycles fall due: {Svg.Count(weeks.Sum(w => w.Completed))} already completed, {Svg.Count(weeks.Sum(w => w.NotYet))} not yet. "
        + (weeks.MaxBy(w => w.NotYet) is { NotYet: > 0 } busiest ? $"The most still open fall due in the week of {Svg.Date(busiest.WeekStart)} ({Svg.Count(busiest.NotYet)})." : "");

    public static string Render(string id, IReadOnlyList<RenewalWeek> weeks)
    {
        if (weeks.Sum(w => w.Total) == 0)
        {
            return Svg.Empty("Nothing falls due in the next 90 days.");
        }

        var scale = ChartScale.For(weeks.Max(w => w.Total));
        var slot = (Right - Left) / (double)weeks.Count;
        double Y(int value) => scale.Map(value, Bottom, Top);
        var body = new StringBuilder(Svg.Hatch($"{id}-hatch"));
        foreach (var tick in scale.Ticks)
        {
            body.Append($"""<line x1="{Left}" x2="{Right}" y1="{Svg.N(Y(tick))}" y2="{Svg.N(Y(tick))}" stroke="{Svg.Grid}"/>""")
                .Append($"""<text x="{Left - 6}" y="{Svg.N(Y(tick) + 5)}" text-anchor="end">{Svg.Tick(tick)}</text>""");
        }

        for (var i = 0; i < weeks.Count; i++)
        {
            var (week, x) = (weeks[i], Left + i * slot + slot * 0.15);
            var width = Svg.N(slot * 0.7);
            body.Append($"""<g><title>{Svg.Text($"Week of {Svg.Date(week.WeekStart)}: {week.Completed} completed, {week.NotYet} not yet")}</title>""")
                .Append($"""<rect x="{Svg.N(x)}" y="{Svg.N(Y(week.Completed))}" width="{width}" height="{Svg.N(Bottom - Y(week.Completed))}" fill="{Svg.Completed}"/>""")
                .Append($"""<rect x="{Svg.N(x)}" y="{Svg.N(Y(week.Total))}" width="{width}" height="{Svg.N(Y(week.Completed) - Y(week.Total))}" fill="url(#{id}-hatch)" stroke="{Svg.Open}"/>""")
                .Append(week.Total > 0 ? $"""<text x="{Svg.N(x + slot * 0.35)}" y="{Svg.N(Y(week.Total) - 5)}" text-anchor="middle">{Svg.Count(week.Total)}</text>""" : "")
                .Append(i % 3 == 0 ? $"""<text x="{Svg.N(x + slot * 0.35)}" y="{Bottom + 16}" text-anchor="middle">{Svg.Date(week.WeekStart)}</text>""" : "")
                .Append("</g>");
        }

        body.Append($"""<line x1="{Left}" x2="{Right}" y1="{Bottom}" y2="{Bottom}" stroke="{Svg.Ink}"/>""");
        return Svg.Frame(id, Height, "Due in the next 90 days, by week", Summary(weeks), body.ToString());
    }
}
