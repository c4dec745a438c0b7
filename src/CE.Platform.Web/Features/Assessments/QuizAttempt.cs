using System.Text.Json;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// One sitting of a module's assessment. The server draws the questions and orders their options
/// when the attempt starts, keeps the saved answers, and alone computes the score.
/// </summary>
public sealed class QuizAttempt
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int ModuleId { get; set; }
    public int ModuleVersionId { get; set; }

    /// <summary>1 for the learner's first attempt at this module, 2 for the second…</summary>
    public int Number { get; set; }

    public DateTime StartedAtUtc { get; set; }

    /// <summary>Null when untimed.</summary>
    public DateTime? DeadlineUtc { get; set; }

    public AttemptStatus Status { get; set; }

    /// <summary>JSON list of <see cref="DrawnQuestion"/>: which questions, in which order, options in which order.</summary>
    public required string DrawJson { get; set; }

    /// <summary>JSON map of question id to the option keys chosen, as last saved.</summary>
    public string AnswersJson { get; set; } = "{}";

    public DateTime? AnswersSavedAtUtc { get; set; }

    /// <summary>
    /// JSON map of question id to the whole seconds from the start at which it was first answered
    /// (as saved); null for attempts from before it was recorded. Item analysis derives item times from it.
    /// </summary>
    public string? AnswerTimesJson { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public decimal? ScorePercent { get; set; }
    public bool? Passed { get; set; }

    /// <summary>Why the attempt ended the way it did when the learner did not simply submit in time.</summary>
    public string? Note { get; set; }

    public IReadOnlyList<DrawnQuestion> Draw => JsonSerializer.Deserialize<List<DrawnQuestion>>(DrawJson) ?? [];

    public AttemptAnswers Answers => AttemptAnswers.FromJson(AnswersJson);
}

public enum AttemptStatus
{
    InProgress,
    Submitted,

    /// <summary>Closed after the deadline with the answers saved before it (late policy auto-submit or grace).</summary>
    AutoSubmitted,

    /// <summary>Closed unscored after the deadline (late policy abandon).</summary>
    Abandoned,
}

/// <summary>
/// A drawn question, the order its options are shown in (bank keys) and, parallel to it, the random
/// ids the form uses for them. Attempts started before ids existed have none: their bank keys serve
/// as ids until they finish, so a page already open at the upgrade keeps saving.
/// </summary>
public sealed record DrawnQuestion(string QuestionId, IReadOnlyList<string> OptionOrder, IReadOnlyList<string>? OptionIds = null)
{
    /// <summary>The form value of the option shown at <paramref name="position"/>.</summary>
    public string FormValue(int position) => (OptionIds ?? OptionOrder)[position];

    /// <summary>The bank key an id stands for; null for an id that is not one of this question's.</summary>
    public string? KeyFor(string formValue)
    {
        var position = (OptionIds ?? OptionOrder).ToList().IndexOf(formValue);
        return position < 0 ? null : OptionOrder[position];
    }
}
