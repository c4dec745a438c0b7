namespace CE.Platform.Web.Features.Lti;

/// <summary>The tool's addresses, as the LMS is told them and as the pages link to them.</summary>
public static class LtiPaths
{
    public const string Login = "/lti/login";
    public const string Launch = "/lti/launch";
    public const string Jwks = "/lti/jwks";
    public const string DeepLinking = "/lti/deep-linking";
    public const string ModulesPrefix = "/lti/modules/";

    public static string Module(string slug) => ModulesPrefix + slug;

    public static string Context(string slug) => $"/lti/context/{slug}";
}
