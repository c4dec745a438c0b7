namespace CE.Platform.Web.Features.Dashboard.Charts;

/// <summary>A linear value axis from zero with round ticks (1, 2 or 5 times a power of ten), at most five steps.</summary>
public sealed record ChartScale(int Top, int Step)
{
    public static ChartScale For(int max)
    {
        if (max <= 0)
        {
            return new ChartScale(1, 1);
        }

        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var step in new[] { magnitude, 2 * magnitude, 5 * magnitude })
            {
                if (max <= step * 5)
                {
                    return new ChartScale((max + step - 1) / step * step, step);
                }
            }
        }
    }

    public IEnumerable<int> Ticks => Enumerable.Range(0, Top / Step + 1).Select(i => i * Step);

    /// <summary>Where <paramref name="value"/> falls between <paramref name="from"/> (zero) and <paramref name="to"/> (the top).</summary>
    public double Map(double value, double from, double to) => from + (to - from) * value / Top;
}
