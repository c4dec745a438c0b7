using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>Attestation of time spent and the activity evaluation, the two steps after a pass.</summary>
public sealed class CompleteForm
{
    public const int CommentsMax = 2000;
    public static readonly string[] ChangeAnswers = ["Yes", "No", "Unsure"];

    [Display(Name = "Credit hours you claim")]
    [Required(ErrorMessage = "Enter the credit you claim.")]
    [Range(typeof(decimal), "0.25", "100", ErrorMessage = "Claim at least 0.25 hours.")]
    public decimal? CreditClaimed { get; set; }

    [Display(Name = "Credit type")]
    [Required(ErrorMessage = "Choose the credit type for your profession.")]
    public string? CreditTypeId { get; set; }

    [Display(Name = "I attest that I completed this activity myself and claim only the credit commensurate with the extent of my participation.")]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the attestation to claim credit.")]
    public bool Attested { get; set; }

    [Required(ErrorMessage = "Choose an answer."), Range(1, 5, ErrorMessage = "Choose an answer from 1 to 5.")]
    public int? ObjectivesMet { get; set; }

    [Required(ErrorMessage = "Choose an answer."), Range(1, 5, ErrorMessage = "Choose an answer from 1 to 5.")]
    public int? RelevantToPractice { get; set; }

    [Required(ErrorMessage = "Choose an answer."), Range(1, 5, ErrorMessage = "Choose an answer from 1 to 5.")]
    public int? FreeOfCommercialBias { get; set; }

    [Required(ErrorMessage = "Choose an answer."), Range(1, 5, ErrorMessage = "Choose an answer from 1 to 5.")]
    public int? WellPresented { get; set; }

    [Required(ErrorMessage = "Choose an answer.")]
    [RegularExpression("^(Yes|No|Unsure)$", ErrorMessage = "Choose Yes, No or Unsure.")]
    public string? IntendsPracticeChange { get; set; }

    [StringLength(CommentsMax, ErrorMessage = "Keep comments under {1} characters.")]
    [Display(Name = "What will you change in your practice, or what could make this module better? (optional)")]
    public string? Comments { get; set; }

    public int? ValueOf(string likertField) => likertField switch
    {
        nameof(ObjectivesMet) => ObjectivesMet,
        nameof(RelevantToPractice) => RelevantToPractice,
        nameof(FreeOfCommercialBias) => FreeOfCommercialBias,
        nameof(WellPresented) => WellPresented,
        _ => throw new ArgumentOutOfRangeException(nameof(likertField)),
    };

    /// <summary>The Likert items of the evaluation, with their statements, for the form and the report.</summary>
    public static readonly IReadOnlyList<(string Field, string Statement)> LikertItems =
    [
        (nameof(ObjectivesMet), "The learning objectives were met."),
        (nameof(RelevantToPractice), "The content is relevant to my practice."),
        (nameof(FreeOfCommercialBias), "The content was free of commercial bias."),
        (nameof(WellPresented), "The content was clear and well presented."),
    ];
}
