namespace CE.Platform.Web.Features.Lti;

/// <summary>The claim names and values of LTI 1.3 Core, Deep Linking 2.0, AGS and NRPS that the tool reads or writes.</summary>
public static class LtiClaims
{
    private const string Lti = "https://purl.imsglobal.org/spec/lti/claim/";
    private const string DeepLinking = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    public const string MessageType = Lti + "message_type";
    public const string Version = Lti + "version";
    public const string DeploymentId = Lti + "deployment_id";
    public const string TargetLinkUri = Lti + "target_link_uri";
    public const string ResourceLink = Lti + "resource_link";
    public const string Roles = Lti + "roles";
    public const string Context = Lti + "context";
    public const string Custom = Lti + "custom";
    public const string DeepLinkingSettings = DeepLinking + "deep_linking_settings";
    public const string ContentItems = DeepLinking + "content_items";
    public const string DeepLinkingData = DeepLinking + "data";
    public const string AgsEndpoint = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public const string NrpsService = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    public const string ResourceLinkRequest = "LtiResourceLinkRequest";
    public const string DeepLinkingRequest = "LtiDeepLinkingRequest";
    public const string DeepLinkingResponse = "LtiDeepLinkingResponse";
    public const string Version13 = "1.3.0";
}
