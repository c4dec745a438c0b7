using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Assignments;

public sealed class AssignForm
{
    /// <summary>Module ids (slugs) to assign; "course:&lt;slug&gt;" assigns all of a course's modules.</summary>
    [Required(ErrorMessage = "Choose at least one module.")]
    public List<string> Modules { get; set; } = [];

    /// <summary>"organisation", "unit:&lt;id&gt;" or "learner:&lt;user id&gt;".</summary>
    [Required(ErrorMessage = "Choose who the training is for.")]
    public string? Target { get; set; }

    [Required(ErrorMessage = "Enter the due date.")]
    [DataType(DataType.Date)]
    public DateOnly? DueDate { get; set; }

    [Range(1, 60, ErrorMessage = "Renewal is every 1 to 60 months.")]
    public int? RecurrenceMonths { get; set; }

    [Range(0, 365, ErrorMessage = "The window is 0 to 365 days.")]
    public int WindowDays { get; set; } = 90;
}
