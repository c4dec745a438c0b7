using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Accounts;

public sealed class RegisterForm
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(ProfileLimits.FullName, MinimumLength = 2)]
    [Display(Name = "Full name as it should print on certificates")]
    public string FullName { get; set; } = "";

    [StringLength(ProfileLimits.Credential)]
    [Display(Name = "Profession / credential (e.g. MD, RN, CRNA, PharmD)")]
    public string? Credential { get; set; }

    [Required, DataType(DataType.Password)]
    [StringLength(ProfileLimits.PasswordMax, MinimumLength = ProfileLimits.PasswordMin, ErrorMessage = "Use at least {2} and at most {1} characters.")]
    public string Password { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class EmailForm
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";
}
