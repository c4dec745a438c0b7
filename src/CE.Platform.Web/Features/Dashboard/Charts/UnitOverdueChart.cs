using System.Text;

namespace CE.Platform.Web.Features.Dashboard.Charts;

/// <summary>
/// One striped bar per unit, worst first: the share of the unit's assigned cells that are overdue.
/// Each unit's name and its count and share sit above its bar, so nothing depends on reading the
/// bar's length or colour, and labels never meet at a phone's width.
/// </summary>
public static class UnitOverdueChart
{
    public const int MaxLabel = 32;
    private const int Row = 40, Left = 2, Right = Svg.Width - 2;

    public static string Label(UnitOverdue unit) => $"{Svg.Count(unit.Overdue)} of {Svg.Count(unit.Assigned)} overdue ({Svg.Percent(unit.Overdue, unit.Assigned)})";

    public static string Summary(IReadOnlyList<UnitOverdue> units) =>
        units.Sum(u => u.Overdue) == 0
            ? $"No unit has overdue training ({units.Count} unit(s), {Svg.Count(units.Sum(u => u.Assigned))} assigned cells)."
            : "Overdue by unit, worst first: " + string.Join("; ", units.Select(u => $"{u.Unit}: {Label(u)}")) + ".";

    public static string Render(string id, IReadOnlyList<UnitOverdue> units)
    {
        if (units.Count == 0)
        {
            return Svg.Empty("Nothing assigned yet: units appear here once their members have training assigned.");
        }

        var body = new StringBuilder(Svg.Hatch($"{id}-hatch"));
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var top = 8 + i * Row;
            var width = (Right - Left) * unit.Share;
            body.Append($"""<g><title>{Svg.Text($"{unit.Unit}: {Label(unit)}")}</title>""")
                .Append($"""<text x="{Left}" y="{top + 12}" font-weight="bold">{Svg.Text(Svg.Truncate(unit.Unit, MaxLabel))}</text>""")
                .Append($"""<text x="{Right}" y="{top + 12}" text-anchor="end">{Svg.Count(unit.Overdue)} of {Svg.Count(unit.Assigned)} ({Svg.Percent(unit.Overdue, unit.Assigned)})</text>""")
                .Append($"""<rect x="{Left}" y="{top + 17}" width="{Right - Left}" height="14" fill="#f2f2f2" stroke="{Svg.Grid}"/>""")
                .Append($"""<rect x="{Left}" y="{top + 17}" width="{Svg.N(width)}" height="14" fill="url(#{id}-hatch)" stroke="{Svg.Open}" stroke-width="1.5"/></g>""");
        }

        return Svg.Frame(id, 8 + units.Count * Row, "Overdue by unit", Summary(units), body.ToString());
    }
}
