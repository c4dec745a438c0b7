namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>Running sums for a Pearson correlation, so attempts can stream past without being kept.</summary>
public sealed class CorrelationTally
{
    private double sumX, sumY, sumXX, sumYY, sumXY;

    public int Count { get; private set; }

    public void Add(double x, double y)
    {
        Count++;
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumYY += y * y;
        sumXY += x * y;
    }

    /// <summary>Null when fewer than <paramref name="minimumCount"/> pairs or either variable is constant.</summary>
    public double? Correlation(int minimumCount)
    {
        if (Count < Math.Max(2, minimumCount))
        {
            return null;
        }

        var n = (double)Count;
        var varianceX = n * sumXX - sumX * sumX;
        var varianceY = n * sumYY - sumY * sumY;
        // Rounding leaves crumbs where a variable is constant: treat them as the zero they are.
        var tolerance = 1e-9 * n * n;
        if (varianceX <= tolerance || varianceY <= tolerance)
        {
            return null;
        }

        return Math.Clamp((n * sumXY - sumX * sumY) / Math.Sqrt(varianceX * varianceY), -1, 1);
    }
}
