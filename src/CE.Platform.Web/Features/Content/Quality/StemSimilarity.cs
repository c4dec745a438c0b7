namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// How alike two stems are: the Jaccard similarity of their word 3-shingles (each run of three words),
/// which sees a reworded copy of an item but not two items that merely share a topic.
/// </summary>
public sealed class StemSimilarity
{
    private readonly HashSet<string> shingles;

    public StemSimilarity(string stem)
    {
        var words = ItemText.Words(stem);
        Normalised = string.Join(' ', words);
        shingles = words.Count < 3
            ? [Normalised]
            : Enumerable.Range(0, words.Count - 2).Select(i => $"{words[i]} {words[i + 1]} {words[i + 2]}").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The stem's words, lower case, one space apart: equal for stems differing only in case, spacing or punctuation.</summary>
    public string Normalised { get; }

    public double To(StemSimilarity other)
    {
        var shared = shingles.Count(other.shingles.Contains);
        var union = shingles.Count + other.shingles.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
