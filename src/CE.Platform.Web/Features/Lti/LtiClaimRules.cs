namespace CE.Platform.Web.Features.Lti;

public enum LtiRole
{
    Learner,

    /// <summary>Instructor or administrator of the context or institution: sees the context's completions, may pick modules.</summary>
    Instructor,
}

/// <summary>
/// What a signature-checked launch must also say before anyone is signed in (LTI Core 1.3 §5.3, Deep Linking 2.0 §4.4),
/// and how its roles and target map onto the tool.
/// </summary>
public static class LtiClaimRules
{
    private const string Membership = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static readonly HashSet<string> InstructorRoles = new(StringComparer.Ordinal)
    {
        Membership + "Instructor",
        Membership + "Administrator",
        Membership + "ContentDeveloper",
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
        "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
    };

    /// <summary>Null when the message may launch the tool for <paramref name="registration"/>; otherwise the reason it may not.</summary>
    public static string? RefusalOf(LtiLaunchMessage message, LtiRegistration registration)
    {
        if (message.Version != LtiClaims.Version13)
        {
            return $"the launch is not LTI version 1.3.0 (it says {message.Version ?? "nothing"})";
        }

        if (string.IsNullOrEmpty(message.DeploymentId) || !registration.Deployments.Contains(message.DeploymentId, StringComparer.Ordinal))
        {
            return $"the deployment id {message.DeploymentId ?? "(none)"} is not registered for {registration.Name}";
        }

        if (string.IsNullOrEmpty(message.Subject))
        {
            return "the platform did not say who the user is (no sub): anonymous launches are not supported";
        }

        return message.MessageType switch
        {
            LtiClaims.ResourceLinkRequest when string.IsNullOrEmpty(message.ResourceLinkId) => "the launch has no resource link id",
            LtiClaims.ResourceLinkRequest => null,
            LtiClaims.DeepLinkingRequest when string.IsNullOrEmpty(message.DeepLinkReturnUrl) => "the deep-linking request has no deep_link_return_url",
            LtiClaims.DeepLinkingRequest when RoleOf(message.Roles) != LtiRole.Instructor => "only an instructor or administrator may choose modules",
            LtiClaims.DeepLinkingRequest when !message.DeepLinkAcceptsResourceLinks => "the LMS does not accept LTI resource links here (accept_types), which is all this tool offers",
            LtiClaims.DeepLinkingRequest => null,
            _ => $"the message type {message.MessageType ?? "(none)"} is not supported",
        };
    }

    /// <summary>Instructor when any instructor or administrator role is present (sub-roles such as membership/Instructor#TeachingAssistant included); otherwise learner, the least privilege.</summary>
    public static LtiRole RoleOf(IEnumerable<string> roles) =>
        roles.Any(r => InstructorRoles.Contains(r) || r.StartsWith("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#", StringComparison.Ordinal))
            ? LtiRole.Instructor
            : LtiRole.Learner;

    /// <summary>
    /// The module slug of a target link URI <c>{Site:PublicUrl}/lti/modules/{slug}</c>; null for any other address
    /// (another site, another path, a query or fragment).
    /// </summary>
    public static string? ModuleSlugOf(string? targetLinkUri, string publicUrl)
    {
        var prefix = publicUrl.TrimEnd('/') + LtiPaths.ModulesPrefix;
        if (targetLinkUri is null || !targetLinkUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var slug = targetLinkUri[prefix.Length..].TrimEnd('/');
        return slug.Length is > 0 and <= 200 && slug.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? slug : null;
    }
}
