using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

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
    string? NrpsMembershipsUrl)
{
    public static LtiLaunchMessage From(JsonWebToken token)
    {
        var resourceLink = Object(token, LtiClaims.ResourceLink);
        var context = Object(token, LtiClaims.Context);
        var settings = Object(token, LtiClaims.DeepLinkingSettings);
        var ags = Object(token, LtiClaims.AgsEndpoint);
        var nrps = Object(token, LtiClaims.NrpsService);
        return new LtiLaunchMessage(
            token.Issuer, token.Subject, Text(token, LtiClaims.MessageType), Text(token, LtiClaims.Version), Text(token, LtiClaims.DeploymentId),
            Text(token, LtiClaims.TargetLinkUri), Member(resourceLink, "id"), Member(context, "id"), Member(context, "title"),
            token.TryGetPayloadValue<JsonElement>(LtiClaims.Roles, out var roles) && roles.ValueKind == JsonValueKind.Array
                ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
                : [],
            Text(token, "email"), Text(token, "name"), Text(token, "given_name"), Text(token, "family_name"),
            Member(settings, "deep_link_return_url"), Member(settings, "data"),
            settings is { } s && s.TryGetProperty("accept_multiple", out var multiple) && multiple.ValueKind == JsonValueKind.True,
            Member(ags, "lineitem"), Member(ags, "lineitems"),
            ags is { } a && a.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.Array
                ? string.Join(' ', scope.EnumerateArray().Select(s => s.ToString()))
                : null,
            Member(nrps, "context_memberships_url"));
    }

    /// <summary>The name to show: name, else given and family names, else null.</summary>
    public string? DisplayName =>
        !string.IsNullOrWhiteSpace(Name) ? Name.Trim()
        : string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())) is { Length: > 0 } joined ? joined
        : null;

    private static string? Text(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue<JsonElement>(claim, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Object(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue<JsonElement>(claim, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Member(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
