namespace CE.Platform.Web.Features.Lti;

/// <summary>Site-wide LTI settings (section "Lti").</summary>
public sealed class LtiOptions
{
    /// <summary>Accept http:// platform URLs. Only for a platform on loopback in development and tests; real platforms use https.</summary>
    public bool AllowHttpPlatforms { get; set; }

    /// <summary>How long a started login may wait for the platform's answer.</summary>
    public int LoginMinutes { get; set; } = 10;
}
