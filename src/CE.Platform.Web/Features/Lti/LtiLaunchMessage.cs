using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CE.Platform.Web.Features.Lti;

/// <summary>What the tool reads from a validated launch id_token, as plain values (so the rules can be tested without tokens).</summary>
public sealed record LtiLaunchMessage(
    string Issuer,
    string Subject,
    string? MessageType,
    string? Version,
    string? DeploymentId,
    string? TargetLinkUri,
    string? ResourceLinkId,
    string? ContextId,
    string? ContextTitle,
    IReadOnlyList<string> Roles,
    string? Email,
    string? Name,
    string? GivenName,
    string? FamilyName,
    string? DeepLinkReturnUrl,
    string? DeepLinkData,
    bool DeepLinkAcceptsMultiple,
    string? AgsLineItem,
    string? AgsLineItems,
    string? AgsScopes,
    string? NrpsMembershipsUrl,
    bool DeepLinkAcceptsResourceLinks = true)
{
    public static LtiLaunchMessage From(JsonWebToken token)
    {
        // The payload as plain JSON: nested claims (objects, arrays) read the same way as strings.
        using var document = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        var payload = document.RootElement;
        var resourceLink = Object(payload, LtiClaims.ResourceLink);
        var context = Object(payload, LtiClaims.Context);
        var settings = Object(payload, LtiClaims.DeepLinkingSettings);
        var ags = Object(payload, LtiClaims.AgsEndpoint);
        var nrps = Object(payload, LtiClaims.NrpsService);
        return new LtiLaunchMessage(
            token.Issuer, token.Subject, Text(payload, LtiClaims.MessageType), Text(payload, LtiClaims.Version), Text(payload, LtiClaims.DeploymentId),
            Text(payload, LtiClaims.TargetLinkUri), Member(resourceLink, "id"), Member(context, "id"), Member(context, "title"),
            payload.TryGetProperty(LtiClaims.Roles, out var roles) && roles.ValueKind == JsonValueKind.Array
                ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
                : [],
            Text(payload, "email"), Text(payload, "name"), Text(payload, "given_name"), Text(payload, "family_name"),
            Member(settings, "deep_link_return_url"), Member(settings, "data"),
            settings is { } s && s.TryGetProperty("accept_multiple", out var multiple) && multiple.ValueKind == JsonValueKind.True,
            Member(ags, "lineitem"), Member(ags, "lineitems"),
            ags is { } a && a.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.Array
                ? string.Join(' ', scope.EnumerateArray().Select(s => s.ToString()))
                : null,
            Member(nrps, "context_memberships_url"),
            settings is not { } dl || (dl.TryGetProperty("accept_types", out var types) && types.ValueKind == JsonValueKind.Array
                && types.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == "ltiResourceLink")));
    }

    /// <summary>The name to show: name, else given and family names, else null.</summary>
    public string? DisplayName =>
        !string.IsNullOrWhiteSpace(Name) ? Name.Trim()
        : string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())) is { Length: > 0 } joined ? joined
        : null;

    private static string? Text(JsonElement payload, string claim) => Member(payload, claim);

    private static JsonElement? Object(JsonElement payload, string claim) =>
        payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.Object ? value.Clone() : null;

    private static string? Member(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
