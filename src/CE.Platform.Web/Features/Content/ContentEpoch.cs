namespace CE.Platform.Web.Features.Content;

/// <summary>
/// The newest course import this instance knows of (the id of the last <c>ContentImportRuns</c> row).
/// The content caches (catalog, module directory) key their entries by it, so an import on any
/// instance, once seen, makes every instance read the new content; <see cref="ContentEpochWatcher"/>
/// looks once a second, and the importing instance moves it at once.
/// </summary>
public sealed class ContentEpoch
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    /// <summary>Moves to <paramref name="latest"/> if it is newer (a slow poll never moves it back).</summary>
    public void Observe(long latest)
    {
        var known = Interlocked.Read(ref current);
        while (latest > known && Interlocked.CompareExchange(ref current, latest, known) is var seen && seen != known)
        {
            known = seen;
        }
    }
}
