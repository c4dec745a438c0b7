using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Quality.Guessing;

/// <summary>
/// "Absolute statements are false" (always, never, only…). One answer: one of the options without an
/// absolute word. Several: tick exactly those. True/false: the cue is in the statement, so a stem with
/// an absolute word is answered False and one without True. Where every option (or none) carries an
/// absolute word the cue is silent and the learner guesses.
/// </summary>
public sealed class AvoidAbsolutes : IGuessingStrategy
{
    public string Name => "avoid-absolutes";

    public IReadOnlyList<string> Answer(SeenQuestion question, Random random)
    {
        if (question.Type == QuestionType.TrueFalse)
        {
            return [question.StemHasAbsoluteWord ? "false" : "true"];
        }

        var qualified = question.Options.Where(o => !o.HasAbsoluteWord).Select(o => o.Key).ToList();
        if (qualified.Count == 0 || (question.Type == QuestionType.Multiple && qualified.Count == question.Options.Count))
        {
            return Guess.Blind(question, random);
        }

        return question.Type == QuestionType.Multiple ? qualified : [Guess.OneOf(qualified, random)];
    }
}
