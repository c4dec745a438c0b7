using System.Text.Json;
using CE.Platform.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Lti;

/// <summary>What an LMS administrator copies from this site, field by field and as Canvas's JSON configuration.</summary>
public sealed record LtiToolDescription(string ToolUrl, string LoginUrl, string RedirectUri, string JwksUrl, string DeepLinkingUrl, string CanvasJson);

public sealed class LtiToolDetails(PublicUrls urls, IOptions<SiteOptions> site)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly string[] DeepLinkingPlacements = ["link_selection", "assignment_selection"];

    public LtiToolDescription Describe()
    {
        var deepLinking = urls.For(LtiPaths.DeepLinking);
        var canvas = new Dictionary<string, object>
        {
            ["title"] = site.Value.ProviderName,
            ["description"] = "Accredited continuing-education modules for clinicians.",
            ["oidc_initiation_url"] = urls.For(LtiPaths.Login),
            ["target_link_uri"] = deepLinking,
            ["public_jwk_url"] = urls.For(LtiPaths.Jwks),
            ["scopes"] = new[]
            {
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
            },
            ["extensions"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["platform"] = "canvas.instructure.com",
                    ["privacy_level"] = "public",
                    ["settings"] = new Dictionary<string, object>
                    {
                        ["placements"] = DeepLinkingPlacements.Select(p => new Dictionary<string, string>
                        {
                            ["placement"] = p, ["message_type"] = LtiClaims.DeepLinkingRequest, ["target_link_uri"] = deepLinking,
                        }),
                    },
                },
            },
        };
        return new LtiToolDescription(urls.For("/lti/modules"), urls.For(LtiPaths.Login), urls.For(LtiPaths.Launch), urls.For(LtiPaths.Jwks), deepLinking,
            JsonSerializer.Serialize(canvas, Indented));
    }
}
