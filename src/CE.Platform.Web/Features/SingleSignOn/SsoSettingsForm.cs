using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.SingleSignOn;

public sealed class SsoSettingsForm
{
    [Required(ErrorMessage = "Enter the issuer URL."), StringLength(500), Display(Name = "Issuer URL")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "Enter the client ID."), StringLength(200), Display(Name = "Client ID")]
    public string? ClientId { get; set; }

    /// <summary>Empty keeps the stored secret.</summary>
    [StringLength(1000), DataType(DataType.Password), Display(Name = "Client secret")]
    public string? ClientSecret { get; set; }

    [Required(ErrorMessage = "Enter at least one email domain the organisation owns."), StringLength(4000), Display(Name = "Email domains (one a line)")]
    public string? Domains { get; set; }

    [StringLength(500), Display(Name = "acr values that mean a multi-factor sign-in (optional, space-separated)")]
    public string? MfaAcrValues { get; set; }

    [Display(Name = "Members must use single sign-on (no password sign-in for these domains)")]
    public bool RequireSso { get; set; }

    [Display(Name = "Single sign-on is on")]
    public bool Enabled { get; set; }
}

/// <summary>What the settings page shows besides the form.</summary>
public sealed record SsoSettingsPage(int OrganisationId, string OrganisationName, bool SecretIsSet, string CallbackUrl, string SignedOutUrl);
