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

    /// <summary>The learner agreed that their completions may be reported to licensing boards.</summary>
    public bool ReportToBoards { get; set; }

    /// <summary>Given and family names as the licensing board knows them (board reporting asks for them apart).</summary>
    [PersonalData]
    public string? GivenName { get; set; }

    [PersonalData]
    public string? FamilyName { get; set; }

    /// <summary>Month and day of birth only, and only if the learner chose to give them (some boards match on them).</summary>
    [PersonalData]
    public int? BirthMonth { get; set; }

    [PersonalData]
    public int? BirthDay { get; set; }

    /// <summary>Sessions signed in before this time end at their next request (SCIM deactivation sets it).</summary>
    public DateTime? SessionsEndedAtUtc { get; set; }

    /// <summary>Set when the account was anonymised: the person is gone, their learning records stay.</summary>
    public DateTime? AnonymisedAtUtc { get; set; }
}
