using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// Draws an attempt's questions: round-robin across the module's sections (each section's
/// questions shuffled), so an attempt covers the module; then shuffles question and option order.
/// </summary>
public static class QuestionDraw
{
    public static IReadOnlyList<DrawnQuestion> Draw(IReadOnlyList<QuestionDefinition> bank, int count, Random random)
    {
        var bySection = bank.GroupBy(q => q.Section)
            .Select(g => new Queue<QuestionDefinition>(Shuffled(g, random)))
            .ToList();
        var drawn = new List<QuestionDefinition>();
        while (drawn.Count < Math.Min(count, bank.Count))
        {
            foreach (var section in Shuffled(bySection.Where(s => s.Count > 0), random))
            {
                if (drawn.Count < count)
                {
                    drawn.Add(section.Dequeue());
                }
            }
        }

        return Shuffled(drawn, random)
            .Select(q => new DrawnQuestion(q.Id, q.Type == QuestionType.TrueFalse
                ? q.Options.Select(o => o.Key).ToList() // True stays before False
                : Shuffled(q.Options.Select(o => o.Key), random)))
            .ToList();
    }

    private static List<T> Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
