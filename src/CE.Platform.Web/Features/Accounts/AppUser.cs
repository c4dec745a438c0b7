using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>A person with an account. Besides sign-in data it holds what a CE certificate prints.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>The name exactly as it should print on certificates.</summary>
    [PersonalData]
    public string FullName { get; set; } = "";

    /// <summary>Profession or credential, e.g. MD, RN, CRNA, PharmD.</summary>
    [PersonalData]
    public string? Credential { get; set; }

    [PersonalData]
    public string? LicenseNumber { get; set; }

    /// <summary>State, province or country that issued the licence.</summary>
    [PersonalData]
    public string? LicenseRegion { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
