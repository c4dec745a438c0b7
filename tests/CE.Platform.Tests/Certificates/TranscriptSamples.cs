using CE.Platform.Web.Features.Certificates.Pdf;

namespace CE.Platform.Tests.Certificates;

/// <summary>Transcripts to render: five completions over two years and two credit types, and a long one of many pages.</summary>
public static class TranscriptSamples
{
    public const string Ama = "AMA PRA Category 1 Credit™";
    public const string Nursing = "Nursing contact hours";

    public static TranscriptDocument Short(PaperSize paper = PaperSize.A4) => new(
        ProviderName: "CE.Platform Continuing Education",
        LearnerName: CertificateSamples.LongName,
        GeneratedOn: new DateOnly(2026, 11, 25),
        Entries:
        [
            new(new DateOnly(2025, 3, 14), "Ketamine pharmacology", "Ketamine in Clinical Practice", 1m, Ama, "CE-2025-7K3Q-9XPM"),
            new(new DateOnly(2025, 9, 2), "Opioid stewardship in the emergency department", "Safer Prescribing", 0.75m, Ama, "CE-2025-M4TR-2B8D"),
            new(new DateOnly(2025, 11, 20), "Recognising sepsis early", "Acute Care Essentials", 1.5m, Nursing, "CE-2025-QW7E-H3JK"),
            new(new DateOnly(2026, 2, 10), CertificateSamples.LongModuleTitle, CertificateSamples.Long().CourseTitle, 2.25m, Nursing, "CE-2026-ZX9C-5VBN"),
            new(new DateOnly(2026, 5, 5), "Delirium in older adults", "Acute Care Essentials", 0.5m, Ama, "CE-2026-WWWW-WWWW"),
        ],
        Paper: paper);

    /// <summary>A completion a week from January 2024, alternating long and short titles and the two credit types.</summary>
    public static TranscriptDocument Long(int entries, PaperSize paper = PaperSize.A4) => Short(paper) with
    {
        Entries =
        [
            .. Enumerable.Range(0, entries).Select(i => new TranscriptEntry(
                new DateOnly(2024, 1, 5).AddDays(7 * i),
                i % 3 == 0 ? CertificateSamples.LongModuleTitle : $"Activity {i + 1}",
                "Ketamine in Clinical Practice",
                0.25m * (1 + (i % 4)),
                i % 2 == 0 ? Ama : Nursing,
                $"CE-2024-{i:D4}-9XPM")),
        ],
    };
}
