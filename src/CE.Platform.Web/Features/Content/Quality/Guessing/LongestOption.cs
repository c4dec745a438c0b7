namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>
/// "The longest option is right": writers qualify the key until it is exactly true, and it grows.
/// True/false: "False" is the longer word, so the cue answers False.
/// </summary>
public sealed class LongestOption : IGuessingStrategy
{
    public string Name => "longest-option";

    public IReadOnlyList<string> Answer(SeenQuestion question, Random random) =>
        Guess.ByCue(question, option => option.Text.Length, random);
}
