using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Lti;

public sealed class LtiRegistrationForm
{
    [Required(ErrorMessage = "Enter a name for the platform."), StringLength(200), Display(Name = "Name (for this site's lists)")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the platform's issuer."), StringLength(500), Display(Name = "Issuer (Platform ID)")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "Enter the client ID the platform gave this tool."), StringLength(200), Display(Name = "Client ID")]
    public string? ClientId { get; set; }

    [Required(ErrorMessage = "Enter at least one deployment ID."), StringLength(4000), Display(Name = "Deployment IDs (one a line)")]
    public string? DeploymentIds { get; set; }

    [Required(ErrorMessage = "Enter the platform's authentication request URL."), StringLength(500), Display(Name = "OIDC authentication URL")]
    public string? AuthUrl { get; set; }

    [Required(ErrorMessage = "Enter the platform's access token URL."), StringLength(500), Display(Name = "Access token URL")]
    public string? TokenUrl { get; set; }

    [Required(ErrorMessage = "Enter the platform's public keyset URL."), StringLength(500), Display(Name = "Public keyset (JWKS) URL")]
    public string? JwksUrl { get; set; }

    [StringLength(1000), Display(Name = "LMS web addresses that frame the tool (optional, space-separated; the issuer's when empty)")]
    public string? FrameOrigins { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Choose the organisation whose members the platform's users become."), Display(Name = "Organisation")]
    public int OrganisationId { get; set; }

    [Display(Name = "Link a launch to an existing local account with the same email (the LMS does not prove the address)")]
    public bool LinkExistingAccountsByEmail { get; set; }

    [Display(Name = "Launches from this platform are accepted")]
    public bool Enabled { get; set; }
}
