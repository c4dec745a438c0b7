namespace CE.Platform.Web.Features.Scorm;

public static class ScormLimits
{
    /// <summary>SCORM 2004 gives cmi.learner_id at least 4000 characters; real LMS ids are short, and a key this long is refused, not cut.</summary>
    public const int LearnerKeyMax = 255;

    /// <summary>cmi.core.student_name is at most 255 characters in SCORM 1.2.</summary>
    public const int LearnerNameMax = 255;

    public const int SeatLimitMax = 1_000_000;

    /// <summary>A launch link works once, within this time of being issued: long enough for a slow frame to load.</summary>
    public static readonly TimeSpan LaunchValidFor = TimeSpan.FromMinutes(2);
}
