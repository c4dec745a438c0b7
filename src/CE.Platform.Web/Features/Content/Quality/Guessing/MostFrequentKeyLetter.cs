using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>
/// The worst case where the bank's key letters leaked (the page carried them as option values before
/// options had per-attempt ids; a skewed bank is still the flaw it measures): answer with the letter most often keyed
/// in this bank. One answer: that letter if the item has it (tied letters: any of them), else a guess.
/// True/false: the more often keyed of true and false. Several answers: tick the letters keyed in more
/// than half of the bank's multiple-response items that offer them; if none is, the most often keyed one.
/// </summary>
public sealed class MostFrequentKeyLetter : IGuessingStrategy
{
    private readonly IReadOnlySet<string> singleFavourites;
    private readonly IReadOnlySet<string> trueFalseFavourites;
    private readonly IReadOnlyDictionary<string, double> multipleKeyRates;

    public MostFrequentKeyLetter(IReadOnlyList<QuestionDefinition> bank)
    {
        singleFavourites = MostKeyed(bank.Where(q => q.Type == QuestionType.Single));
        trueFalseFavourites = MostKeyed(bank.Where(q => q.Type == QuestionType.TrueFalse));
        multipleKeyRates = bank.Where(q => q.Type == QuestionType.Multiple)
            .SelectMany(q => q.Options.Select(o => (o.Key, Keyed: q.Answer.Contains(o.Key))))
            .GroupBy(o => o.Key)
            .ToDictionary(g => g.Key, g => g.Average(o => o.Keyed ? 1.0 : 0.0));
    }

    public string Name => "most-frequent-key-letter";

    public IReadOnlyList<string> Answer(SeenQuestion question, Random random)
    {
        if (question.Type == QuestionType.Multiple)
        {
            var rate = (SeenOption o) => multipleKeyRates.GetValueOrDefault(o.Key);
            var likely = question.Options.Where(o => rate(o) > 0.5).Select(o => o.Key).ToList();
            if (likely.Count > 0)
            {
                return likely;
            }

            var best = question.Options.Max(rate);
            return [Guess.OneOf(question.Options.Where(o => rate(o) == best).Select(o => o.Key).ToList(), random)];
        }

        var favourites = question.Type == QuestionType.TrueFalse ? trueFalseFavourites : singleFavourites;
        var offered = question.Keys.Where(favourites.Contains).ToList();
        return [Guess.OneOf(offered.Count > 0 ? offered : question.Keys, random)];
    }

    private static HashSet<string> MostKeyed(IEnumerable<QuestionDefinition> questions)
    {
        var counts = questions.SelectMany(q => q.Answer).CountBy(key => key).ToList();
        var most = counts.Count == 0 ? 0 : counts.Max(c => c.Value);
        return counts.Where(c => c.Value == most).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }
}
