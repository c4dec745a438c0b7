using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Accounts;

public sealed class ProfileForm
{
    [Required(ErrorMessage = "Enter your name as it should print on certificates."), StringLength(ProfileLimits.FullName, MinimumLength = 2, ErrorMessage = "Use between {2} and {1} characters.")]
    [Display(Name = "Full name as it should print on certificates")]
    public string FullName { get; set; } = "";

    [StringLength(ProfileLimits.Credential)]
    [Display(Name = "Profession / credential")]
    public string? Credential { get; set; }

    [StringLength(ProfileLimits.LicenseNumber)]
    [Display(Name = "Licence number (optional)")]
    public string? LicenseNumber { get; set; }

    [StringLength(ProfileLimits.LicenseRegion)]
    [Display(Name = "Licensing state or country (optional)")]
    public string? LicenseRegion { get; set; }

    public string Email { get; set; } = "";

    public static ProfileForm From(AppUser user) => new()
    {
        FullName = user.FullName,
        Credential = user.Credential,
        LicenseNumber = user.LicenseNumber,
        LicenseRegion = user.LicenseRegion,
        Email = user.Email ?? "",
    };

    public void ApplyTo(AppUser user)
    {
        user.FullName = FullName.Trim();
        user.Credential = Blank(Credential);
        user.LicenseNumber = Blank(LicenseNumber);
        user.LicenseRegion = Blank(LicenseRegion);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ChangePasswordForm
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    [StringLength(ProfileLimits.PasswordMax)]
    public string CurrentPassword { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password")]
    [StringLength(ProfileLimits.PasswordMax, MinimumLength = ProfileLimits.PasswordMin, ErrorMessage = "Use at least {2} and at most {1} characters.")]
    public string NewPassword { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Confirm new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
