using System.Globalization;
using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// The AGS score of a completion (Assignment and Grade Services 2.0, score publish service): the percentage
/// of the passing attempt out of 100, completed and fully graded, with the certificate's verification link
/// as the comment so the LMS's gradebook leads to the proof.
/// </summary>
public static class LtiScorePayload
{
    public const string MediaType = "application/vnd.ims.lis.v1.score+json";

    public static JsonObject For(string ltiUserId, decimal scorePercent, DateTimeOffset completedAt, string verificationUrl) => new()
    {
        ["userId"] = ltiUserId,
        ["scoreGiven"] = decimal.Round(scorePercent, 2),
        ["scoreMaximum"] = 100,
        ["activityProgress"] = "Completed",
        ["gradingProgress"] = "FullyGraded",
        ["timestamp"] = completedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["comment"] = $"Completed with a certificate: {verificationUrl}",
    };

    /// <summary>The line item's scores endpoint: "/scores" added to its path, its query kept (Moodle's line items carry ?type_id=).</summary>
    public static Uri ScoresUrl(string lineItemUrl)
    {
        var builder = new UriBuilder(lineItemUrl);
        builder.Path = builder.Path.TrimEnd('/') + "/scores";
        return builder.Uri;
    }
}
