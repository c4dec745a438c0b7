using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Organisations;

public sealed class OrganisationForm
{
    [Required(ErrorMessage = "Enter the organisation's name."), StringLength(200, MinimumLength = 2, ErrorMessage = "Use between {2} and {1} characters.")]
    public string? Name { get; set; }
}

public sealed class InviteForm
{
    [Required(ErrorMessage = "Enter the person's name."), StringLength(120, MinimumLength = 2, ErrorMessage = "Use between {2} and {1} characters.")]
    [Display(Name = "Full name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter an email address."), EmailAddress(ErrorMessage = "Enter an email address like name@hospital.org."), StringLength(256)]
    public string? Email { get; set; }

    [StringLength(120)]
    [Display(Name = "Unit or team (optional)")]
    public string? Unit { get; set; }
}
