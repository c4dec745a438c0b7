namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>One completed activity on a transcript and the certificate that records it.</summary>
public sealed record TranscriptEntry(DateOnly CompletedOn, string ActivityTitle, string CourseTitle, decimal Credit, string CreditTypeName, string CertificateNumber);

/// <summary>Everything a transcript prints, oldest completion first; its totals are added up from the entries.</summary>
public sealed record TranscriptDocument(
    string ProviderName,
    string LearnerName,
    DateOnly GeneratedOn,
    IReadOnlyList<TranscriptEntry> Entries,
    PaperSize Paper)
{
    public IReadOnlyList<(string CreditTypeName, decimal Total)> Totals => CreditTotals.ByType(Credits);

    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> TotalsByYear => CreditTotals.ByYear(Credits);

    private IEnumerable<EarnedCredit> Credits => Entries.Select(e => new EarnedCredit(e.CompletedOn, e.CreditTypeName, e.Credit));
}
