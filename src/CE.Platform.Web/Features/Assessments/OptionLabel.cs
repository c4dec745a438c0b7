using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>The letter an option is shown with in its attempt order (A, B, C…); true/false options have none.</summary>
public static class OptionLabel
{
    public static string For(QuestionDefinition question, int position) =>
        question.Type == QuestionType.TrueFalse ? "" : ((char)('A' + position)).ToString();
}
