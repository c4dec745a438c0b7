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

    [Display(Name = "Report my completions to licensing boards")]
    public bool ReportToBoards { get; set; }

    [StringLength(ProfileLimits.FullName)]
    [Display(Name = "Given name(s) as your board knows them")]
    public string? GivenName { get; set; }

    [StringLength(ProfileLimits.FullName)]
    [Display(Name = "Family name as your board knows it")]
    public string? FamilyName { get; set; }

    [Range(1, 12, ErrorMessage = "Choose a month.")]
    [Display(Name = "Month of birth (optional)")]
    public int? BirthMonth { get; set; }

    [Range(1, 31, ErrorMessage = "Choose a day.")]
    [Display(Name = "Day of birth (optional)")]
    public int? BirthDay { get; set; }

    public static ProfileForm From(AppUser user) => new()
    {
        FullName = user.FullName,
        Credential = user.Credential,
        LicenseNumber = user.LicenseNumber,
        LicenseRegion = user.LicenseRegion,
        Email = user.Email ?? "",
        ReportToBoards = user.ReportToBoards,
        GivenName = user.GivenName,
        FamilyName = user.FamilyName,
        BirthMonth = user.BirthMonth,
        BirthDay = user.BirthDay,
    };

    /// <summary>A day that no month has, or a month without its day, is a problem with the field named.</summary>
    public (string Field, string Message)? BirthDateProblem() =>
        (BirthMonth, BirthDay) switch
        {
            (null, null) => null,
            ({ }, null) => (nameof(BirthDay), "Give the day too, or neither."),
            (null, { }) => (nameof(BirthMonth), "Give the month too, or neither."),
            ({ } month, { } day) when day > DateTime.DaysInMonth(2024, month) => (nameof(BirthDay), "That month has no such day."),
            _ => null,
        };

    public void ApplyTo(AppUser user)
    {
        user.FullName = FullName.Trim();
        user.Credential = Blank(Credential);
        user.LicenseNumber = Blank(LicenseNumber);
        user.LicenseRegion = Blank(LicenseRegion);
        user.ReportToBoards = ReportToBoards;
        user.GivenName = Blank(GivenName);
        user.FamilyName = Blank(FamilyName);
        user.BirthMonth = BirthMonth;
        user.BirthDay = BirthDay;
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

public sealed class DeleteAccountForm
{
    [Required(ErrorMessage = "Enter your password to confirm."), DataType(DataType.Password), StringLength(ProfileLimits.PasswordMax)]
    public string Password { get; set; } = "";
}
