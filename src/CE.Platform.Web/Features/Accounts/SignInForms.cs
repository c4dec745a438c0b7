using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Accounts;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter an email address like name@hospital.org."), StringLength(256)]
    public string Email { get; set; } = "";

    /// <summary>Empty on the first step: the address decides between single sign-on and a password.</summary>
    [DataType(DataType.Password), StringLength(ProfileLimits.PasswordMax)]
    public string? Password { get; set; }

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class ResetPasswordForm
{
    [Required]
    public string UserId { get; set; } = "";

    [Required]
    public string Code { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password")]
    [StringLength(ProfileLimits.PasswordMax, MinimumLength = ProfileLimits.PasswordMin, ErrorMessage = "Use at least {2} and at most {1} characters.")]
    public string Password { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Confirm new password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
