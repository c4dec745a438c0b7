namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>A test-wise way to answer a question without knowing the content.</summary>
public interface IGuessingStrategy
{
    /// <summary>The name the audit prints, e.g. <c>longest-option</c>.</summary>
    string Name { get; }

    /// <summary>The option keys ticked for <paramref name="question"/>; ties and "no cue" are settled with <paramref name="random"/>.</summary>
    IReadOnlyList<string> Answer(SeenQuestion question, Random random);
}
