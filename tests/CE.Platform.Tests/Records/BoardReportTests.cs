using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;

namespace CE.Platform.Tests.Records;

public abstract class BoardReportTests(AppFixture app)
{
    [Fact]
    public async Task Only_learners_who_opted_in_are_reported_with_the_fields_boards_ask_for_and_the_rest_are_counted()
    {
        var (reported, _) = await AccountSteps.SignedInAsync(app);
        using var optIn = await reported.SubmitAsync("/profile", new Dictionary<string, string>
        {
            ["FullName"] = "Maria Santos-Reyes, RN", ["Credential"] = "RN", ["LicenseNumber"] = "RN-778899", ["LicenseRegion"] = "Texas",
            ["ReportToBoards"] = "true", ["GivenName"] = "Maria", ["FamilyName"] = "Santos-Reyes", ["BirthMonth"] = "2", ["BirthDay"] = "29",
        });
        await CompletionSteps.CompleteAsync(app, reported, "ketamine-safety");
        var (silent, _) = await AccountSteps.SignedInAsync(app);
        using var named = await silent.SubmitAsync("/profile", new Dictionary<string, string> { ["FullName"] = "Quiet Person-Unreported" });
        await CompletionSteps.CompleteAsync(app, silent, "ketamine-safety");
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var csv = await admin.GetAsync($"/admin/board-report.csv?from={today}&to={today}");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("first_name,last_name,profession,license_number,license_state,birth_month_day,activity_title,activity_id,completion_date,credits,credit_type", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"Maria,Santos-Reyes,RN,RN-778899,Texas,02/29,Ketamine safety,ketamine-safety v", StringComparison.Ordinal) && l.Contains($",{today},1,AMA PRA Category 1 Credit™", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Quiet", StringComparison.Ordinal));
        Assert.Matches(@"^# \d+ completion\(s\) from .+; [1-9]\d* left out because the learner did not opt in", lines[^1]);
        reported.Dispose();
        silent.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task A_day_the_month_does_not_have_is_refused_next_to_the_field()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);

        using var response = await learner.SubmitAsync("/profile", new Dictionary<string, string> { ["FullName"] = "Test Person", ["BirthMonth"] = "2", ["BirthDay"] = "30" });

        Assert.Contains("no such day", (await AppClient.ParseAsync(response)).QuerySelector("#BirthDay-error")?.TextContent, StringComparison.Ordinal);
        learner.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class BoardReportTestsOnSqlite(SqliteAppFixture app) : BoardReportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class BoardReportTestsOnPostgreSql(PostgreSqlAppFixture app) : BoardReportTests(app);
