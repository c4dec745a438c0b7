using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>
/// Repeated items anywhere in a course (across all its banks): an identical stem is an error, a stem whose
/// word 3-shingle similarity to an earlier one is 0.5 or more a warning. Each is reported at the later item.
/// </summary>
public static class CourseRules
{
    public const double NearDuplicateSimilarity = 0.5;

    /// <param name="items">Every item of the course, in module and bank order.</param>
    public static IEnumerable<ItemFinding> DuplicateStems(IReadOnlyList<ParsedQuestion> items)
    {
        var stems = items.Select(q => new StemSimilarity(q.Question.Stem)).ToList();
        for (var later = 1; later < items.Count; later++)
        {
            var identical = Enumerable.Range(0, later).FirstOrDefault(earlier => stems[earlier].Normalised == stems[later].Normalised, -1);
            if (identical >= 0)
            {
                yield return ItemFinding.Error("duplicate-stem", items[later], items[later].Line,
                    $"the stem is the same as that of '{items[identical].Id}' ({items[identical].Path}); a learner meets one item twice");
                continue;
            }

            var (similarity, closest) = Enumerable.Range(0, later)
                .Select(earlier => (Similarity: stems[later].To(stems[earlier]), Earlier: earlier))
                .MaxBy(pair => pair.Similarity);
            if (similarity >= NearDuplicateSimilarity)
            {
                yield return ItemFinding.Warning("near-duplicate-stem", items[later], items[later].Line,
                    $"the stem is {Percent(similarity)} like that of '{items[closest].Id}' ({items[closest].Path}; word 3-shingle similarity, {Percent(NearDuplicateSimilarity)} or more counts); test a different point or drop one");
            }
        }
    }

    private static string Percent(double share) => $"{(int)Math.Round(share * 100)}%";
}
