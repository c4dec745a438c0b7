namespace CE.Platform.Web.Features.Learning;

/// <summary>
/// When opening a section needs no write: the section is already recorded and the last recorded activity is
/// under half a minute old. Nothing is lost by skipping it: the time since the last recorded activity is
/// counted at the next write (capped as every gap is), and the section's first reading keeps its time.
/// </summary>
public static class ReadingThrottle
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    public static bool CanSkipWrite(bool sectionAlreadyRead, DateTime lastActivityAtUtc, DateTime nowUtc) =>
        sectionAlreadyRead && nowUtc - lastActivityAtUtc < Window;
}
