using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Accommodations;

public sealed class AccommodationForm
{
    [Required(ErrorMessage = "Choose the learner.")]
    public string? LearnerId { get; set; }

    [Required(ErrorMessage = "Choose the module.")]
    public string? Module { get; set; }

    [Range(0, 600, ErrorMessage = "Extra minutes must be between 0 and 600; they cannot be negative.")]
    public int ExtraMinutes { get; set; }

    [Range(typeof(decimal), "1", "4", ErrorMessage = "The time multiplier is between 1 (none) and 4.")]
    public decimal TimeMultiplier { get; set; } = 1m;

    [Range(0, 10, ErrorMessage = "Extra attempts must be between 0 and 10.")]
    public int ExtraAttempts { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? ValidUntil { get; set; }

    [Required(ErrorMessage = "Give the reason; it is kept in the audit log."), StringLength(500, MinimumLength = 3, ErrorMessage = "Write between {2} and {1} characters.")]
    public string? Reason { get; set; }
}
