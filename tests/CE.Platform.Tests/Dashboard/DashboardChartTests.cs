using System.Xml.Linq;
using CE.Platform.Web.Features.Dashboard;
using CE.Platform.Web.Features.Dashboard.Charts;

namespace CE.Platform.Tests.Dashboard;

/// <summary>The SVG builders and the bucketing under them, called directly: scales, labels, empty and crowded data.</summary>
public sealed class DashboardChartTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(23, 25, 5)]
    [InlineData(101, 150, 50)]
    public void The_scale_rounds_the_top_up_to_at_most_five_round_steps(int max, int top, int step)
    {
        var scale = ChartScale.For(max);

        Assert.Equal((top, step), (scale.Top, scale.Step));
        Assert.InRange(scale.Ticks.Count(), 2, 6);
        Assert.Equal(100.0, scale.Map(top, 0, 100));
    }

    [Fact]
    public void Empty_data_says_nothing_is_assigned_yet_instead_of_drawing_an_empty_chart()
    {
        var timeline = DashboardBuckets.Timeline([], [], Today, 4, 2);

        Assert.Contains("Nothing assigned yet", TimelineChart.Render("t", timeline, Today, "all modules"));
        Assert.Contains("Nothing assigned yet", UnitOverdueChart.Render("u", []));
        Assert.Contains("Nothing falls due", RenewalsChart.Render("r", DashboardBuckets.Renewals([], Today, 90)));
    }

    [Fact]
    public void The_timeline_counts_cycles_due_and_completed_by_each_week_and_stops_the_completed_line_at_today()
    {
        var points = DashboardBuckets.Timeline([new(Today.AddDays(-100), 3), new(Today.AddDays(-3), 2), new(Today.AddDays(10), 4)],
            [new(Today.AddDays(-50), 1), new(Today, 2)], Today, 4, 2);

        Assert.Equal(7, points.Count);
        Assert.Equal((3, 1), (points[0].DueByThen, points[0].CompletedByThen));
        Assert.Equal((5, 3), (points[4].DueByThen, points[4].CompletedByThen));
        Assert.Equal((9, null), (points[6].DueByThen, points[6].CompletedByThen));
        var svg = Parse(TimelineChart.Render("t", points, Today, "Ketamine safety"));
        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.Contains("by today 3 cycles are completed and 5 have fallen due (60%)", Desc(svg));
        Assert.Contains("4 more fall due", Desc(svg));
    }

    [Fact]
    public void One_unit_gets_one_labelled_bar_as_wide_as_its_overdue_share()
    {
        var svg = Parse(UnitOverdueChart.Render("u", [new UnitOverdue("ICU", 4, 1)]));

        Assert.Contains("ICU: 1 of 4 overdue (25%)", Desc(svg));
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Parent!.Name.LocalName == "g").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(double.Parse(bars[0].Attribute("width")!.Value) / 4, double.Parse(bars[1].Attribute("width")!.Value), 1);
    }

    [Fact]
    public void Many_units_come_worst_first_each_on_its_own_row_and_long_names_are_cut_with_the_full_name_in_the_title()
    {
        var longName = "Paediatric Intensive Care and High Dependency Unit, North Wing";
        var units = DashboardBuckets.Units([new(1, true, 1), new(1, false, 9), new(2, true, 3), new(2, false, 1), new(null, false, 5), new(3, false, 2)],
            new Dictionary<int, string> { [1] = "ICU", [2] = longName, [3] = "Emergency" });

        Assert.Equal([longName, "ICU", "(no unit)", "Emergency"], units.Select(u => u.Unit));
        var svg = Parse(UnitOverdueChart.Render("u", units));
        var labels = svg.Descendants().Where(e => e.Name.LocalName == "text").ToList();
        Assert.Equal(4, labels.Select(l => l.Attribute("y")!.Value).Distinct().Count());
        Assert.DoesNotContain(labels, l => l.Value.Contains(longName, StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Value.StartsWith(longName[..(UnitOverdueChart.MaxLabel - 1)], StringComparison.Ordinal));
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.StartsWith(longName, StringComparison.Ordinal));
        Assert.Equal($"0 0 {Svg.Width} {8 + 4 * 40}", svg.Attribute("viewBox")!.Value);
    }

    [Fact]
    public void Renewals_fall_into_the_week_of_their_due_date_split_completed_and_not_yet()
    {
        var weeks = DashboardBuckets.Renewals([new(Today, true, 2), new(Today.AddDays(6), false, 1), new(Today.AddDays(7), false, 4), new(Today.AddDays(89), false, 1)], Today, 90);

        Assert.Equal(13, weeks.Count);
        Assert.Equal((2, 1), (weeks[0].Completed, weeks[0].NotYet));
        Assert.Equal((0, 4), (weeks[1].Completed, weeks[1].NotYet));
        Assert.Equal(1, weeks[12].NotYet);
        Assert.Contains("8 cycles fall due: 2 already completed, 6 not yet", Desc(Parse(RenewalsChart.Render("r", weeks))));
    }

    [Fact]
    public void Unit_names_are_escaped_so_a_name_cannot_inject_markup()
    {
        var svg = UnitOverdueChart.Render("u", [new UnitOverdue("<script>alert(1)</script>", 1, 1)]);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hospital_systems_counts_get_thousands_separators_and_axis_labels_short_enough_for_the_margin()
    {
        var weeks = DashboardBuckets.Renewals([new(Today.AddDays(40), true, 100_000), new(Today.AddDays(40), false, 75_000)], Today, 90);

        var svg = Parse(RenewalsChart.Render("r", weeks));

        Assert.Contains("175,000 cycles fall due: 100,000 already completed, 75,000 not yet", Desc(svg));
        var axis = svg.Descendants().Where(e => e.Name.LocalName == "text" && (string?)e.Attribute("text-anchor") == "end").Select(e => e.Value).ToList();
        Assert.Equal(["0", "50k", "100k", "150k", "200k"], axis);
        Assert.Contains("175,000", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.StartsWith("Overdue by unit, worst first: ICU: 12,500 of 50,000 overdue (25%)", UnitOverdueChart.Summary([new UnitOverdue("ICU", 50_000, 12_500)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(950, "950")]
    [InlineData(1000, "1k")]
    [InlineData(2500, "2.5k")]
    [InlineData(200_000, "200k")]
    public void Axis_labels_are_at_most_four_characters(int value, string label) => Assert.Equal(label, Svg.Tick(value));


    private static XElement Parse(string svg) => XElement.Parse(svg);

    private static string Desc(XElement svg) => svg.Elements().Single(e => e.Name.LocalName == "desc").Value;
}
