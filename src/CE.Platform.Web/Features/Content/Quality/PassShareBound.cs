namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// The exact (Clopper–Pearson) one-sided upper confidence bound of a pass share: the largest true share
/// that would still give at most the observed passes with the given probability. Exact rather than a
/// normal approximation because the shares that matter sit near zero, where approximations undercover.
/// </summary>
public static class PassShareBound
{
    public static double Upper(int passed, int attempts, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);
        ArgumentOutOfRangeException.ThrowIfNegative(passed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passed, attempts);
        var alpha = 1 - confidence;
        if (passed == attempts)
        {
            return 1;
        }

        if (passed == 0)
        {
            return 1 - Math.Pow(alpha, 1.0 / attempts); // (1 − p)^n = α, solved
        }

        // P(X ≤ passed) falls as the share grows: bisect for where it crosses α.
        double low = (double)passed / attempts, high = 1;
        for (var step = 0; step < 60; step++)
        {
            var middle = (low + high) / 2;
            if (LogCumulative(passed, attempts, middle) > Math.Log(alpha))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    /// <summary>log P(X ≤ k) for X ~ Binomial(n, p), summed in logs so large n does not underflow.</summary>
    private static double LogCumulative(int k, int n, double p)
    {
        var terms = new double[k + 1];
        terms[0] = n * Math.Log(1 - p);
        var ratio = Math.Log(p / (1 - p));
        for (var i = 0; i < k; i++)
        {
            terms[i + 1] = terms[i] + Math.Log((double)(n - i) / (i + 1)) + ratio;
        }

        var largest = terms.Max();
        return largest + Math.Log(terms.Sum(t => Math.Exp(t - largest)));
    }
}
