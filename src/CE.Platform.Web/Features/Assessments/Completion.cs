namespace CE.Platform.Web.Features.Assessments;

/// <summary>
/// A module completed for credit: the passing attempt, the version completed, the credit the
/// learner attested to and when. Made once per passing attempt; never deleted by the app.
/// </summary>
public sealed class Completion
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int ModuleId { get; set; }
    public int ModuleVersionId { get; set; }
    public int AttemptId { get; set; }
    public decimal ScorePercent { get; set; }
    public decimal CreditClaimed { get; set; }

    /// <summary>Which of the module's credit types the learner claimed (e.g. ama-pra-1).</summary>
    public required string CreditTypeId { get; set; }

    public DateTime CompletedAtUtc { get; set; }

    /// <summary>Recorded when the completion is made; rows from before channels existed are Site.</summary>
    public CompletionChannel Channel { get; set; }

    /// <summary>The LMS placement (an <c>LtiResourceLink</c>) of an LTI completion, whose line item gets the score.</summary>
    public int? LtiResourceLinkId { get; set; }

    public Evaluation? Evaluation { get; set; }
}

/// <summary>The learner's evaluation of the activity (agreement 1–5 unless said otherwise).</summary>
public sealed class Evaluation
{
    public int Id { get; set; }
    public int CompletionId { get; set; }
    public int ModuleId { get; set; }
    public int ObjectivesMet { get; set; }
    public int RelevantToPractice { get; set; }
    public int FreeOfCommercialBias { get; set; }
    public int WellPresented { get; set; }

    /// <summary>Yes, No or Unsure.</summary>
    public required string IntendsPracticeChange { get; set; }

    public string? Comments { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
}
