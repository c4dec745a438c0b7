namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// Time on task from page views alone, with no trust in the client: the gap since the previous
/// view counts, up to a cap, so a tab left open overnight adds at most the cap.
/// </summary>
public static class ActivityTime
{
    public static readonly TimeSpan DefaultCap = TimeSpan.FromMinutes(10);

    public static int Add(int secondsSoFar, DateTime lastActivityUtc, DateTime nowUtc, TimeSpan cap)
    {
        var gap = nowUtc - lastActivityUtc;
        if (gap <= TimeSpan.Zero)
        {
            return secondsSoFar;
        }

        return secondsSoFar + (int)Math.Min(gap.TotalSeconds, cap.TotalSeconds);
    }
}
