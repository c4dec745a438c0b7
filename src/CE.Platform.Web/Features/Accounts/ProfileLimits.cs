namespace CE.Platform.Web.Features.Accounts;

/// <summary>Column sizes shared by the schema and the forms, so a form never accepts what the database refuses.</summary>
public static class ProfileLimits
{
    public const int FullName = 120;
    public const int Credential = 60;
    public const int LicenseNumber = 40;
    public const int LicenseRegion = 80;
    public const int PasswordMin = 12;
    public const int PasswordMax = 128;
}
