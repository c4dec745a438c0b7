using System.Globalization;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>The words a transcript prints around the learner's facts.</summary>
public static class TranscriptWording
{
    public const string Heading = "Transcript of continuing education";
    public const string LearnerLabel = "Learner";
    public const string GeneratedLabel = "Generated on";
    public const string Activities = "Completed activities";
    public const string NoActivities = "No completed activities yet.";
    public const string TotalsByType = "Totals by credit type";
    public const string TotalsByYear = "Totals by year";

    public static string ActivityCount(TranscriptDocument d) => d.Entries.Count == 1 ? "1 completed activity" : $"{d.Entries.Count} completed activities";

    /// <summary>"25 Nov 2026": short enough for a table column, unambiguous in every country.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string RunningHeader(TranscriptDocument d) => $"{Heading} · {d.LearnerName}";

    public static string Footer(TranscriptDocument d) => $"{d.LearnerName} · generated on {CertificateWording.LongDate(d.GeneratedOn)} by {d.ProviderName}";

    public static string PageOf(int page, int pages) => $"Page {page} of {pages}";
}
