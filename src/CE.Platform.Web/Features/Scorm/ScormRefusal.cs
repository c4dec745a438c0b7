namespace CE.Platform.Web.Features.Scorm;

/// <summary>Why a launch was refused, in words for the learner, with the HTTP status that goes with it.</summary>
public sealed record ScormRefusal(int Status, string Title, string Message)
{
    public static readonly ScormRefusal BadPackageToken = new(403, "This course package is not valid",
        "The package in your learning system does not carry a valid key for this course. Ask your LMS administrator to upload the package again.");

    public static readonly ScormRefusal Withdrawn = new(410, "This course has been withdrawn",
        "The provider withdrew this course package. Ask your LMS administrator for its replacement.");

    public static readonly ScormRefusal Disabled = new(403, "This course is not available at the moment",
        "The provider has turned this course package off for your organisation. Ask your training coordinator.");

    public static readonly ScormRefusal SeatsTaken = new(403, "No seats are left for this course",
        "Every seat your organisation bought for this course is taken. Ask your training coordinator.");

    public static readonly ScormRefusal NoOrigin = new(400, "This launch did not come from a learning system",
        "Open the course from your learning system.");

    public static readonly ScormRefusal BadLearner = new(400, "Your learning system did not say who you are",
        "The learning system gave no usable learner id. Ask your LMS administrator.");

    public static readonly ScormRefusal Tampered = new(400, "This launch link is not valid",
        "The link was altered or is not one of ours. Close this window and open the course again from your learning system.");

    public static readonly ScormRefusal Used = new(410, "This launch link has already been used",
        "Each launch link opens the course once and for a short time. Close this window and open the course again from your learning system.");

    public static readonly ScormRefusal TooManyLaunches = new(429, "Too many courses are being opened from your network",
        "Wait a minute, then open the course again from your learning system.");

    public static readonly ScormRefusal OtherLearner = new(403, "This launch belongs to another learner",
        "The link was issued to another learner's browser. Open the course yourself from your learning system.");
}
