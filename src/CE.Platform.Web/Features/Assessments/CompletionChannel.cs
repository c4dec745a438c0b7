using System.Security.Claims;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>Where a completion came from: the site itself, or a session launched from a hospital's LMS.</summary>
public enum CompletionChannel
{
    Site = 0,
    Lti = 1,
    Scorm = 2,
}

/// <summary>
/// The channel travels as a claim of the session that an LMS launch signed in, so the completion
/// made inside that session records it without the quiz pages knowing about launches.
/// </summary>
public static class CompletionChannels
{
    public const string Claim = "ce.completion-channel";

    public static Claim For(CompletionChannel channel) => new(Claim, channel.ToString());

    public static CompletionChannel Of(ClaimsPrincipal user) =>
        Enum.TryParse<CompletionChannel>(user.FindFirstValue(Claim), out var channel) ? channel : CompletionChannel.Site;

    public static string Describe(CompletionChannel channel) => channel switch
    {
        CompletionChannel.Lti => "LTI",
        CompletionChannel.Scorm => "SCORM",
        _ => "site",
    };
}
