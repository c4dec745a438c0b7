using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Infrastructure.Csv;

namespace CE.Platform.Web.Features.Assignments;

public static class ComplianceCsv
{
    public static CsvDocument Matrix(ComplianceMatrix matrix)
    {
        var csv = new CsvDocument().Row(["learner", "email", "unit", .. matrix.Modules.SelectMany(m => new[] { m.Title, $"{m.Title} — due", $"{m.Title} — completed", $"{m.Title} — certificate" }), "accommodations"]);
        foreach (var row in matrix.Rows)
        {
            csv.Row([row.Name, row.Email, row.Unit, .. row.Cells.SelectMany(c => new object?[] { Describe(c.Status), c.DueDate?.ToString("yyyy-MM-dd"), c.CompletedAtUtc?.ToString("yyyy-MM-dd"), c.CertificateNumber }), row.Accommodations]);
        }

        return csv;
    }

    public static CsvDocument Completions(IEnumerable<CompletionCsvRow> rows)
    {
        var csv = new CsvDocument().Row("learner", "credential", "licence", "activity", "course", "completed_on", "credit", "credit_type", "certificate_number", "content_version", "channel");
        foreach (var (c, channel) in rows)
        {
            csv.Row(c.LearnerName, c.Credential, c.LicenseNumber, c.ModuleTitle, c.CourseTitle, c.CompletedAtUtc.ToString("yyyy-MM-dd"), c.CreditHours, c.CreditTypeName, c.Number, c.ContentVersion, CompletionChannels.Describe(channel));
        }

        return csv;
    }

    public static string Describe(CellStatus status) => status switch
    {
        CellStatus.NotAssigned => "not assigned",
        CellStatus.NotStarted => "not started",
        CellStatus.InProgress => "in progress",
        CellStatus.Overdue => "overdue",
        _ => "completed",
    };
}
