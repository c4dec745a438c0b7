namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// What our records say of a registration's module: the share of its sections read (0–1), the latest scored
/// attempt, and whether the module is completed (attested, certificate issued).
/// </summary>
public sealed record ScormProgress(bool Completed, decimal? ScorePercent, bool? LatestAttemptPassed, decimal ShareRead);

/// <summary>
/// The same progress in both SCORM vocabularies, for the launch page to copy into the LMS's runtime.
/// The LMS is told "done" only when our record is: 1.2 <c>passed</c> and 2004 <c>completed</c> wait
/// for the completion, while a scored attempt reports its score and 2004 success at once.
/// </summary>
public sealed record ScormStatus(string LessonStatus, string CompletionStatus, string SuccessStatus, decimal? ScoreRaw, decimal? ScoreScaled, decimal ProgressMeasure)
{
    public static ScormStatus From(ScormProgress progress)
    {
        var success = progress.Completed || progress.LatestAttemptPassed == true ? "passed"
            : progress.LatestAttemptPassed == false ? "failed"
            : "unknown";
        var lesson = progress.Completed ? "passed" : success == "failed" ? "failed" : "incomplete";
        var raw = progress.ScorePercent is { } score ? decimal.Round(score, 2) : (decimal?)null;
        // 2004's cmi.progress_measure; 1 only with the completion, so "completed" and the measure agree.
        var measure = progress.Completed ? 1m : Math.Min(progress.ShareRead, 0.99m);
        return new ScormStatus(lesson, progress.Completed ? "completed" : "incomplete", success, raw, raw / 100m, measure);
    }
}
