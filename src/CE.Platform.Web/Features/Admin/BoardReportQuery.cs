using System.Globalization;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Admin;

public sealed record BoardReportLine(string GivenName, string FamilyName, string? Profession, string? LicenseNumber, string? LicenseRegion,
    string? BirthMonthDay, string ActivityTitle, string ActivityId, DateTime CompletedAtUtc, decimal Credits, string CreditType);

public sealed record BoardReport(DateOnly From, DateOnly To, IReadOnlyList<BoardReportLine> Lines, int LeftOut);

/// <summary>
/// Completions in a date range in the shape credit-reporting systems ask for, for learners who opted
/// in to board reporting only; the others are counted, not listed.
/// </summary>
public sealed class BoardReportQuery(AppDbContext db)
{
    public async Task<BoardReport> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Valid && c.CompletedAtUtc >= start && c.CompletedAtUtc < end)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { c, u.ReportToBoards, u.GivenName, u.FamilyName, u.BirthMonth, u.BirthDay })
            .Join(db.Modules, x => x.c.ModuleId, m => m.Id, (x, m) => new { x.c, x.ReportToBoards, x.GivenName, x.FamilyName, x.BirthMonth, x.BirthDay, m.Slug })
            .OrderBy(x => x.c.CompletedAtUtc)
            .ToListAsync(cancellationToken);
        var lines = rows.Where(r => r.ReportToBoards).Select(r =>
        {
            var (given, family) = r.GivenName is not null && r.FamilyName is not null ? (r.GivenName, r.FamilyName) : Split(r.c.LearnerName);
            return new BoardReportLine(given, family, r.c.Credential, r.c.LicenseNumber, r.c.LicenseRegion,
                r.BirthMonth is { } month && r.BirthDay is { } day ? $"{month:00}/{day:00}" : null,
                r.c.ModuleTitle, $"{r.Slug} {r.c.ContentVersion.Split(' ').ElementAtOrDefault(1)}".Trim(), r.c.CompletedAtUtc, r.c.CreditHours, r.c.CreditTypeName);
        }).ToList();
        return new BoardReport(from, to, lines, rows.Count - lines.Count);
    }

    public static CsvDocument ToCsv(BoardReport report)
    {
        var csv = new CsvDocument().Row("first_name", "last_name", "profession", "license_number", "license_state", "birth_month_day",
            "activity_title", "activity_id", "completion_date", "credits", "credit_type");
        foreach (var l in report.Lines)
        {
            csv.Row(l.GivenName, l.FamilyName, l.Profession, l.LicenseNumber, l.LicenseRegion, l.BirthMonthDay, l.ActivityTitle, l.ActivityId,
                l.CompletedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Credits, l.CreditType);
        }

        csv.Row($"# {report.Lines.Count} completion(s) from {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}; {report.LeftOut} left out because the learner did not opt in to board reporting");
        return csv;
    }

    // Without separate names in the profile, the printed name is split at its last space.
    private static (string Given, string Family) Split(string fullName)
    {
        var name = fullName.Split(',')[0].Trim();
        var space = name.LastIndexOf(' ');
        return space < 0 ? ("", name) : (name[..space], name[(space + 1)..]);
    }
}
