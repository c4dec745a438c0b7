using System.Net;
using System.Text.Json.Nodes;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Lti;

/// <summary>The instructor's page shows the LMS course's roster (NRPS, read from the test platform page by page) beside what each learner did here.</summary>
public abstract class LtiRosterTests(LtiAppFixture app, LtiPlatformFixture platform)
{
    private const string Learner = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private const string Instructor = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    [Fact]
    public async Task The_instructor_sees_every_lms_learner_with_completed_started_or_not_opened_and_a_learner_cannot_open_the_page()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var (done, started, absent, teacher) = (Sub(), Sub(), Sub(), Sub());
        await platform.SetRosterAsync(
        [
            Member(done, "Ann Able", Learner), Member(started, "Ben Busy", Learner), Member(absent, "Cat Absent", Learner), Member(teacher, "Dr Teach", Instructor),
        ]);
        using var doneBrowser = LtiSteps.NewBrowser(app);
        using (await LtiSteps.LaunchAsync(doneBrowser, platform, LtiSteps.Launch(tool, done)))
        {
            await CompletionSteps.CompleteAsync(app, doneBrowser, LtiSteps.Module);
        }

        using var startedBrowser = LtiSteps.NewBrowser(app);
        using (await LtiSteps.LaunchAsync(startedBrowser, platform, LtiSteps.Launch(tool, started)))
        using (await startedBrowser.GetAsync($"/modules/{LtiSteps.Module}/safety-by-setting"))
        {
        }

        using var browser = LtiSteps.NewBrowser(app);
        using var launched = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, teacher, role: "instructor"));
        var page = await browser.GetPageAsync(launched.Headers.Location!.OriginalString);
        using var learnerTries = await startedBrowser.GetAsync($"/lti/context/{LtiSteps.Module}");

        var rows = page.QuerySelectorAll("#lms-roster tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Ann Able", rows[0], StringComparison.Ordinal);
        Assert.Contains("| completed ", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("Ben Busy", rows[1], StringComparison.Ordinal);
        Assert.Contains("| started ", rows[1], StringComparison.Ordinal);
        Assert.Equal($"Cat Absent | {absent}@lms.example | Active | not opened yet", rows[2]);
        Assert.DoesNotContain(rows, r => r.Contains("Dr Teach", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.OK, learnerTries.StatusCode);
    }

    private static JsonObject Member(string sub, string name, string role) => new()
    {
        ["status"] = "Active", ["name"] = name, ["user_id"] = sub, ["email"] = $"{sub}@lms.example", ["roles"] = new JsonArray(role),
    };

    private static string Sub() => $"{Random.Shared.Next(100000, 999999)}";
}

[Collection(LtiCollections.Sqlite)]
public sealed class SqliteLtiRosterTests(SqliteLtiAppFixture app, LtiPlatformFixture platform) : LtiRosterTests(app, platform);

[Collection(LtiCollections.PostgreSql)]
public sealed class PostgreSqlLtiRosterTests(PostgreSqlLtiAppFixture app, LtiPlatformFixture platform) : LtiRosterTests(app, platform);
