using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>The strategies the guessing audit tries on a bank, in the order it prints them.</summary>
public static class GuessingStrategies
{
    public static IReadOnlyList<IGuessingStrategy> For(IReadOnlyList<QuestionDefinition> bank) =>
    [
        new LongestOption(),
        new StemOverlap(),
        new AvoidAbsolutes(),
        new MostFrequentKeyLetter(bank),
        new RandomGuess(),
    ];
}
