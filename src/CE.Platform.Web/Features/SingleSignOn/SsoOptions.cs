namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>Site-wide single sign-on settings (section "Sso").</summary>
public sealed class SsoOptions
{
    /// <summary>Accept http:// issuers. Only for a provider on loopback in development and tests; real providers use https.</summary>
    public bool AllowHttpIssuers { get; set; }
}
