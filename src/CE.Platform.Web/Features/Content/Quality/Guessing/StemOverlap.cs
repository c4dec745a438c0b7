namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>
/// "The option that echoes the stem is right": count the content words an option shares with the stem.
/// True/false statements have no option text to compare, so the cue is silent and the learner guesses.
/// </summary>
public sealed class StemOverlap : IGuessingStrategy
{
    public string Name => "stem-overlap";

    public IReadOnlyList<string> Answer(SeenQuestion question, Random random) =>
        Guess.ByCue(question, option => option.ContentWords.Count(question.StemContentWords.Contains), random);
}
