using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Certificates;

public sealed record TranscriptLine(DateTime CompletedAtUtc, string ModuleTitle, string CourseTitle, decimal Credit, string CreditTypeName, string CertificateNumber, string ContentVersion);

public sealed record Transcript(string LearnerName, IReadOnlyList<TranscriptLine> Lines)
{
    /// <summary>Credit per type: the totals a licensing board asks for.</summary>
    public IReadOnlyList<(string CreditTypeName, decimal Total)> Totals => CreditTotals.ByType(Credits);

    /// <summary>Year of completion (UTC) → credit type → total: the totals per reporting period.</summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> TotalsByYear => CreditTotals.ByYear(Credits);

    private IEnumerable<EarnedCredit> Credits => Lines.Select(l => new EarnedCredit(DateOnly.FromDateTime(l.CompletedAtUtc), l.CreditTypeName, l.Credit));
}

/// <summary>A learner's completed activities with their valid certificates, oldest first.</summary>
public sealed class TranscriptQuery(AppDbContext db)
{
    public async Task<Transcript> ForAsync(string userId, CancellationToken cancellationToken = default)
    {
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync(cancellationToken);
        var lines = await db.Certificates.AsNoTracking()
            .Where(c => c.UserId == userId && c.Status == CertificateStatus.Valid)
            .OrderBy(c => c.CompletedAtUtc)
            .Select(c => new TranscriptLine(c.CompletedAtUtc, c.ModuleTitle, c.CourseTitle, c.CreditHours, c.CreditTypeName, c.Number, c.ContentVersion))
            .ToListAsync(cancellationToken);
        return new Transcript(name, lines);
    }

    public static CsvDocument ToCsv(Transcript transcript)
    {
        var csv = new CsvDocument().Row("completed_on", "activity", "course", "credit", "credit_type", "certificate_number", "content_version");
        foreach (var line in transcript.Lines)
        {
            csv.Row(line.CompletedAtUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), line.ModuleTitle, line.CourseTitle, line.Credit, line.CreditTypeName, line.CertificateNumber, line.ContentVersion);
        }

        return csv;
    }
}
