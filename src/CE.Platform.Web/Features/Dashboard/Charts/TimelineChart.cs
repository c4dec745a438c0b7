using System.Text;

namespace CE.Platform.Web.Features.Dashboard.Charts;

/// <summary>
/// Cycles due by each week (a dashed step line) against cycles completed by then (a solid line over
/// a shaded area), with today marked. The summary states the numbers the lines show.
/// </summary>
public static class TimelineChart
{
    private const int Height = 230, Left = 36, Right = Svg.Width - 10, Top = 10, Bottom = Height - 38;

    public static string Summary(IReadOnlyList<TimelinePoint> points, DateOnly today, string module)
    {
        var now = points.Last(p => p.Week <= today);
        var first = points[0];
        var ahead = points[^1].DueByThen - now.DueByThen;
        return $"Completion of {module}: by today {Svg.Count(now.CompletedByThen ?? 0)} cycles are completed and {Svg.Count(now.DueByThen)} have fallen due ({Svg.Percent(now.CompletedByThen ?? 0, now.DueByThen)}). "
            + $"On {Svg.Date(first.Week)}: {Svg.Count(first.CompletedByThen ?? 0)} completed, {Svg.Count(first.DueByThen)} due. {Svg.Count(ahead)} more fall due by {Svg.Date(points[^1].Week)}.";
    }

    public static string Render(string id, IReadOnlyList<TimelinePoint> points, DateOnly today, string module)
    {
        if (points.Count == 0 || points[^1].DueByThen == 0 && points.All(p => (p.CompletedByThen ?? 0) == 0))
        {
            return Svg.Empty("Nothing assigned yet: the timeline appears once training is assigned.");
        }

        var scale = ChartScale.For(points.Max(p => Math.Max(p.DueByThen, p.CompletedByThen ?? 0)));
        double X(int i) => Left + (Right - Left) * i / (double)(points.Count - 1);
        double Y(int value) => scale.Map(value, Bottom, Top);
        var body = new StringBuilder();
        foreach (var tick in scale.Ticks)
        {
            body.Append($"""<line x1="{Left}" x2="{Right}" y1="{Svg.N(Y(tick))}" y2="{Svg.N(Y(tick))}" stroke="{Svg.Grid}" stroke-width="1"/>""")
                .Append($"""<text x="{Left - 6}" y="{Svg.N(Y(tick) + 5)}" text-anchor="end">{Svg.Tick(tick)}</text>""");
        }

        // A label every eighth week keeps dates apart at any width (the viewBox scales text and plot together).
        for (var i = 0; i < points.Count; i += 8)
        {
            body.Append($"""<text x="{Svg.N(X(i))}" y="{Bottom + 16}" text-anchor="middle">{Svg.Date(points[i].Week)}</text>""");
        }

        var done = points.Select((p, i) => (p, i)).Where(x => x.p.CompletedByThen is not null).Select(x => $"{Svg.N(X(x.i))},{Svg.N(Y(x.p.CompletedByThen!.Value))}").ToList();
        var lastDone = X(done.Count - 1);
        body.Append($"""<polygon points="{Left},{Bottom} {string.Join(' ', done)} {Svg.N(lastDone)},{Bottom}" fill="{Svg.Completed}" fill-opacity="0.15"/>""")
            .Append($"""<polyline points="{string.Join(' ', done)}" fill="none" stroke="{Svg.Completed}" stroke-width="3"/>""");
        var steps = string.Concat(points.Select((p, i) => (i == 0 ? "M" : $" H{Svg.N(X(i))} V") + (i == 0 ? $"{Svg.N(X(0))},{Svg.N(Y(p.DueByThen))}" : Svg.N(Y(p.DueByThen)))));
        body.Append($"""<path d="{steps}" fill="none" stroke="{Svg.Open}" stroke-width="2.5" stroke-dasharray="7 4"/>""")
            .Append($"""<line x1="{Svg.N(lastDone)}" x2="{Svg.N(lastDone)}" y1="{Top}" y2="{Bottom}" stroke="{Svg.Ink}" stroke-width="1.5"/>""")
            .Append($"""<text x="{Svg.N(lastDone)}" y="{Height - 4}" text-anchor="middle" font-weight="bold">Today</text>""")
            .Append($"""<line x1="{Left}" x2="{Right}" y1="{Bottom}" y2="{Bottom}" stroke="{Svg.Ink}"/>""");
        return Svg.Frame(id, Height, $"Completion over time: {module}", Summary(points, today, module), body.ToString());
    }
}
