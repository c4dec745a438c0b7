using System.Security.Claims;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>Where a completion came from: the site itself, or a session launched from a hospital's LMS.</summary>
public enum CompletionChannel
{
    Site = 0,
    Lti = 1,
    Scorm = 2,
}

/// <summary>Where a completion is made: its channel and, for an LTI launch, the LMS placement that launched it.</summary>
public sealed record CompletionSource(CompletionChannel Channel, int? LtiResourceLinkId = null)
{
    public static readonly CompletionSource Site = new(CompletionChannel.Site);
}

/// <summary>
/// The channel travels as a claim of the session that an LMS launch signed in, so the completion
/// made inside that session records it without the quiz pages knowing about launches.
/// </summary>
public static class CompletionChannels
{
    public const string Claim = "ce.completion-channel";
    public const string LtiLinkClaim = "ce.lti-link";

    public static Claim For(CompletionChannel channel) => new(Claim, channel.ToString());

    public static CompletionChannel Of(ClaimsPrincipal user) =>
        Enum.TryParse<CompletionChannel>(user.FindFirstValue(Claim), out var channel) ? channel : CompletionChannel.Site;

    public static Claim ForLtiLink(int resourceLinkId) => new(LtiLinkClaim, resourceLinkId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static CompletionSource SourceOf(ClaimsPrincipal user) => new(Of(user),
        int.TryParse(user.FindFirstValue(LtiLinkClaim), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var link) ? link : null);

    public static string Describe(CompletionChannel channel) => channel switch
    {
        CompletionChannel.Lti => "LTI",
        CompletionChannel.Scorm => "SCORM",
        _ => "site",
    };
}
