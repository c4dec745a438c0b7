using CE.Platform.Web.Features.Certificates.Pdf;

namespace CE.Platform.Tests.Certificates;

/// <summary>Certificates to render: an ordinary one, and one with the longest name and title a learner is likely to have.</summary>
public static class CertificateSamples
{
    public const string LongName = "Zoë Ångström-Nakamura-Oyelaran, DNP, CRNA";

    public const string LongModuleTitle =
        "Ketamine for Treatment-Resistant Depression and Acute Suicidality: Pharmacology, Patient Selection, " +
        "Infusion Protocols, Monitoring, and Management of Dissociative and Cardiovascular Adverse Effects";

    public static CertificateDocument Short(PaperSize paper = PaperSize.A4) => new(
        ProviderName: "CE.Platform Continuing Education",
        LearnerName: "Ana Ruiz",
        Credential: "MD",
        LicenseLine: "Licence A-99812 (California)",
        ModuleTitle: "Ketamine pharmacology",
        CourseTitle: "Ketamine in Clinical Practice",
        CompletedOn: new DateOnly(2026, 11, 25),
        CreditHours: 1m,
        CreditTypeName: "AMA PRA Category 1 Credit™",
        CreditUnit: "credits",
        CreditStatement: "CE.Platform Continuing Education designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit(s)™. " +
            "Physicians should claim only the credit commensurate with the extent of their participation in the activity.",
        ProviderStatement: "CE.Platform Continuing Education is committed to independent, evidence-based continuing education.",
        CertificateNumber: "CE-2026-7K3Q-9XPM",
        VerifyUrl: "https://ce.example.org/verify/7K3Q9XPM4b1d2f0a9c8e7d6c5b4a3f2e",
        ContentVersion: "v3 (2026-11-20)",
        SignatoryName: "Dr. Helena Marsh",
        SignatoryTitle: "Director of Continuing Education",
        Paper: paper);

    public static CertificateDocument Long(PaperSize paper = PaperSize.A4) => Short(paper) with
    {
        LearnerName = LongName,
        Credential = "DNP, CRNA, FAANA",
        LicenseLine = "Licence RN-123456 (California) · APRN-CRNA-98765 (New York)",
        ModuleTitle = LongModuleTitle,
        CourseTitle = "Ketamine in Clinical Practice: Anaesthesia, Analgesia, Psychiatry and Emergency Medicine",
        CreditHours = 2.25m,
        CreditTypeName = "Nursing contact hours",
        CreditUnit = "contact hours",
        CreditStatement = "This activity provides up to 2.25 nursing contact hour(s) awarded by CE.Platform Continuing Education. " +
            "Nurses should claim only the contact hours commensurate with the extent of their participation in the activity, " +
            "and keep this certificate for at least six years as evidence for their licensing board.",
        ProviderStatement = "CE.Platform Continuing Education is committed to independent, evidence-based continuing education. " +
            "Planners, faculty and reviewers disclosed no relevant financial relationships with ineligible companies.",
        SignatoryTitle = "Director of Continuing Education and Chair, Continuing Professional Development Committee",
    };
}
