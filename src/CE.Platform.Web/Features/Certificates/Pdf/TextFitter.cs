namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>Width in points of a single line of text set in a style.</summary>
public delegate double MeasureText(string text, TextStyle style);

/// <summary>A text set at one size and broken into lines no wider than the width it was fitted to.</summary>
public sealed record FittedText(TextStyle Style, IReadOnlyList<string> Lines);

/// <summary>Breaks text into lines and picks the largest size at which it fits a width.</summary>
public sealed class TextFitter(MeasureText measure)
{
    private const double SizeStep = 0.5;

    /// <summary>
    /// The largest size from <paramref name="style"/>'s down to <paramref name="minSize"/> that needs at most
    /// <paramref name="preferredLines"/>; failing that, the minimum size on up to <paramref name="maxLines"/>,
    /// the last one cut short with an ellipsis so nothing is ever drawn outside the width.
    /// </summary>
    public FittedText Fit(string text, TextStyle style, double width, double minSize, int preferredLines = 1, int maxLines = 1)
    {
        for (var size = style.Size; size >= minSize; size -= SizeStep)
        {
            var sized = style with { Size = size };
            var lines = Wrap(text, sized, width);
            if (lines.Count <= preferredLines)
                return new FittedText(sized, lines);
        }

        var smallest = style with { Size = minSize };
        var wrapped = Wrap(text, smallest, width);
        return new FittedText(smallest, wrapped.Count <= maxLines ? wrapped : Truncate(wrapped, maxLines, smallest, width));
    }

    /// <summary>Greedy line breaking at spaces; a word wider than the line is split between characters.</summary>
    public List<string> Wrap(string text, TextStyle style, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (measure(candidate, style) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
                lines.Add(line);
            line = word;
            while (measure(line, style) > width)
            {
                var fits = LongestFittingPrefix(line, style, width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0)
            lines.Add(line);
        return lines;
    }

    private List<string> Truncate(List<string> lines, int maxLines, TextStyle style, double width)
    {
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && measure(last + "…", style) > width)
            last = last[..^1].TrimEnd();
        kept[^1] = last + "…";
        return kept;
    }

    private int LongestFittingPrefix(string word, TextStyle style, double width)
    {
        var length = word.Length - 1;
        while (length > 1 && measure(word[..length], style) > width)
            length--;
        return Math.Max(length, 1);
    }
}
