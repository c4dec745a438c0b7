namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>No strategy at all: one option uniformly at random; multiple-response: each option ticked with probability ½.</summary>
public sealed class RandomGuess : IGuessingStrategy
{
    public string Name => "random";

    public IReadOnlyList<string> Answer(SeenQuestion question, Random random) => Guess.Blind(question, random);
}
