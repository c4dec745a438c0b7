using CE.Platform.Web.Features.Certificates;

namespace CE.Platform.Tests.Certificates;

public sealed class TranscriptTotalsTests
{
    private const string Ama = "AMA PRA Category 1 Credit™";
    private const string Nursing = "Nursing contact hours";

    [Fact]
    public void Credit_is_totalled_per_calendar_year_of_completion_and_credit_type()
    {
        var transcript = new Transcript("Ana Ruiz",
        [
            Line(new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), 0.5m, Nursing),
            Line(new DateTime(2025, 12, 31, 23, 59, 0, DateTimeKind.Utc), 1m, Ama),
            Line(new DateTime(2026, 1, 1, 0, 1, 0, DateTimeKind.Utc), 0.75m, Ama),
            Line(new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc), 0.25m, Ama),
            Line(new DateTime(2024, 7, 4, 12, 0, 0, DateTimeKind.Utc), 1.5m, Nursing),
        ]);

        var byYear = transcript.TotalsByYear;

        Assert.Equal([2024, 2025, 2026], byYear.Keys);
        Assert.Equal([(Nursing, 1.5m)], byYear[2024].Select(t => (t.Key, t.Value)));
        Assert.Equal([(Ama, 1m), (Nursing, 0.5m)], byYear[2025].Select(t => (t.Key, t.Value)));
        Assert.Equal([(Ama, 1m)], byYear[2026].Select(t => (t.Key, t.Value)));
        Assert.Equal([(Ama, 2m), (Nursing, 2m)], transcript.Totals);
    }

    [Fact]
    public void A_transcript_without_completions_has_no_totals()
    {
        var transcript = new Transcript("Ana Ruiz", []);

        Assert.Empty(transcript.TotalsByYear);
        Assert.Empty(transcript.Totals);
    }

    private static TranscriptLine Line(DateTime completedAtUtc, decimal credit, string creditType) =>
        new(completedAtUtc, "Ketamine pharmacology", "Ketamine in Clinical Practice", credit, creditType, "CE-2026-7K3Q-9XPM", "v1");
}
