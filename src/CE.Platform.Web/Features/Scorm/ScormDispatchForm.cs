using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Scorm;

public sealed class ScormDispatchForm
{
    [Required(ErrorMessage = "Choose the module to dispatch.")]
    [Display(Name = "Module")]
    public int? ModuleId { get; set; }

    [Required(ErrorMessage = "Choose the client organisation.")]
    [Display(Name = "Client organisation")]
    public int? OrganisationId { get; set; }

    [Required(ErrorMessage = "Enter the number of seats."), Range(1, ScormLimits.SeatLimitMax, ErrorMessage = "Enter a number of seats from {1} to {2}.")]
    [Display(Name = "Seats (distinct LMS learners)")]
    public int? SeatLimit { get; set; }
}

public sealed record ScormDispatchRow(int Id, string ModuleTitle, string OrganisationName, int SeatsUsed, int SeatLimit, bool Enabled, DateTime CreatedAtUtc, DateTime? DeletedAtUtc)
{
    public string State => DeletedAtUtc is not null ? "Deleted" : Enabled ? "Enabled" : "Disabled";
}

public sealed record ScormChoice(int Id, string Name);
