using System.Globalization;
using System.Net;

namespace CE.Platform.Web.Features.Dashboard.Charts;

/// <summary>The small pieces every chart writes: escaped text, invariant numbers, the accessible frame.</summary>
public static class Svg
{
    // Narrow enough that text stays legible when a phone shrinks the chart; CSS caps how far a laptop enlarges it.
    public const int Width = 360;

    // Okabe–Ito blue and vermillion: told apart with every common colour-vision deficiency, and each
    // series also differs by pattern or line style, so colour is never the only cue.
    public const string Completed = "#0072B2";
    public const string Open = "#B34700";
    public const string Ink = "#1a1a1a";
    public const string Grid = "#c9c9c9";

    public static string Text(string value) => WebUtility.HtmlEncode(value);

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A count as people read it in a report: 175,000.</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An axis label short enough for the left margin at any size: 950, 2.5k, 200k.</summary>
    public static string Tick(int value) => value < 1000 ? Count(value) : (value / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k";

    public static string Percent(int part, int whole) => whole == 0 ? "0%" : $"{Math.Round(100.0 * part / whole):0}%";

    public static string Date(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>Shortens a label to fit, with an ellipsis; the full text goes in a title by the caller.</summary>
    public static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";

    /// <summary>The outer svg: an image named by its title and described by its summary, scaling with its viewBox.</summary>
    public static string Frame(string id, int height, string title, string summary, string body) =>
        $"""<svg class="chart" id="{id}" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" font-size="12" fill="{Ink}">"""
        + $"""<title id="{id}-title">{Text(title)}</title><desc id="{id}-desc">{Text(summary)}</desc>{body}</svg>""";

    /// <summary>Diagonal stripes, so the "not yet" series reads without colour, in print and in greyscale.</summary>
    public static string Hatch(string id) =>
        $"""<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="{Open}" stroke-width="3"/></pattern></defs>""";

    public static string Empty(string message) => $"""<p class="chart-empty">{Text(message)}</p>""";
}
