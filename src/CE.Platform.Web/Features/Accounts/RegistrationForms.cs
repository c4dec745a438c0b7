using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Accounts;

public sealed class RegisterForm
{
    [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter an email address like name@hospital.org."), StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your name as it should print on certificates."), StringLength(ProfileLimits.FullName, MinimumLength = 2, ErrorMessage = "Use between {2} and {1} characters.")]
    [Display(Name = "Full name as it should print on certificates")]
    public string FullName { get; set; } = "";

    [StringLength(ProfileLimits.Credential)]
    [Display(Name = "Profession / credential")]
    public string? Credential { get; set; }

    [Required(ErrorMessage = "Choose a password."), DataType(DataType.Password)]
    [StringLength(ProfileLimits.PasswordMax, MinimumLength = ProfileLimits.PasswordMin, ErrorMessage = "Use at least {2} and at most {1} characters.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again."), DataType(DataType.Password), Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class EmailForm
{
    [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter an email address like name@hospital.org."), StringLength(256)]
    public string Email { get; set; } = "";
}
