using System.Net;
using CE.Platform.Testing;
using CE.Platform.Tests.Security;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

/// <summary>The job over <see cref="HandComputedAttempts"/>: every number checked against the hand computation in the comments.</summary>
public abstract class ItemAnalysisReportTests(AppFixture app)
{
    private const int Precision = 6;

    [Fact]
    public async Task The_stored_first_attempt_report_matches_the_statistics_computed_by_hand()
    {
        using var courses = new TestCourses();
        var set = await HandComputedAttempts.InsertAsync(app, courses);
        await RunJobAsync();
        var report = await StoredAsync(set.ModuleId, ItemAnalysisScope.FirstAttempts);

        // 12 first attempts; 1, 7 and 11 score 100 and pass: 3/12. The second, in-progress and abandoned attempts are not counted.
        Assert.Equal(12, report.Attempts);
        Assert.Equal(0.25, report.PassRate!.Value, Precision);
        Assert.Equal(12, report.FirstAttempts);
        Assert.Equal(0.25, report.FirstAttemptPassRate!.Value, Precision);
        // Scores 0 (6, 12), 33.33 (4, 5), 66.66 (2, 3, 8, 9, 10), 100 (1, 7, 11).
        Assert.Equal([2, 0, 0, 2, 0, 0, 5, 0, 0, 3], report.Histogram);

        // A drawn 12 times, right in 1 2 3 7 8 9 11: facility 7/12. Rest = mean of the other two credits:
        // 1, .5, .5, .5, .5, 0, 1, .5, .5, 1, 1, 0 (Σ 7, Σ² 5.5); Σ A·rest = 5.
        // r = (12·5 − 7·7) / √((12·7 − 7²)(12·5.5 − 7²)) = 11 / √(35·17) = 11/√595 ≈ 0.4510.
        // Distractor 5/12; two distractors nobody chose (0% < 2%: flagged). Times 10·i: median (60 + 70) / 2.
        AssertItem(set, report, set.A, drawn: 12, facility: 7.0 / 12, discrimination: 11 / Math.Sqrt(595),
            distractor: 5.0 / 12, omitted: 0, medianSeconds: 65, rareDistractors: 2);
        // B right in 1 2 4 7 8 10 11: 7/12. Rest: 1, .5, 1, 0, .5, 0, 1, .5, 1, .5, 1, 0 (Σ 7, Σ² 6); Σ B·rest = 4.5.
        // r = (12·4.5 − 49) / √(35·(12·6 − 49)) = 5/√805 ≈ 0.1762 (just above the 0.15 flag). Every time 30 s.
        AssertItem(set, report, set.B, drawn: 12, facility: 7.0 / 12, discrimination: 5 / Math.Sqrt(805),
            distractor: 5.0 / 12, omitted: 0, medianSeconds: 30, rareDistractors: 2);
        // C drawn 6 times (attempts 1–6): right in 1 3 5, distractor in 2 4, omitted in 6. Under 10 draws:
        // no discrimination, no flags. Times 5·i for the answered attempts 1–5: median 15.
        AssertItem(set, report, set.C, drawn: 6, facility: 3.0 / 6, discrimination: null,
            distractor: 2.0 / 6, omitted: 1.0 / 6, medianSeconds: 15, rareDistractors: 0);
        // D drawn in 7–12: right in 7 9 10 11 (4/6), distractor in 8 12; times 35…60, median (45 + 50) / 2.
        AssertItem(set, report, set.D, drawn: 6, facility: 4.0 / 6, discrimination: null,
            distractor: 2.0 / 6, omitted: 0, medianSeconds: 47.5, rareDistractors: 0);

        // Pairs drawn together: AB 12, AC 6, AD 6, BC 6, BD 6 (CD never): only AB reaches 10.
        // r_AB: Σ A = Σ B = 7, both right in 1 2 7 8 11 (5): (12·5 − 49) / (12·7 − 49) = 11/35.
        // k = 3: α = 3·(11/35) / (1 + 2·(11/35)) = 33/57 = 11/19 ≈ 0.579.
        Assert.Equal(5, report.Consistency.PairsSeen);
        Assert.Equal(1, report.Consistency.PairsUsed);
        Assert.Equal(3, report.Consistency.DrawLength, Precision);
        Assert.Equal(11.0 / 35, report.Consistency.MeanInterItemCorrelation!.Value, Precision);
        Assert.Equal(11.0 / 19, report.Consistency.Alpha!.Value, Precision);
    }

    [Fact]
    public async Task The_all_attempts_report_adds_second_attempts_but_never_unscored_ones()
    {
        using var courses = new TestCourses();
        var set = await HandComputedAttempts.InsertAsync(app, courses);
        await RunJobAsync();
        var report = await StoredAsync(set.ModuleId, ItemAnalysisScope.AllAttempts);

        // The 12 first attempts plus the second attempts of learners 4 and 12 (both 100, passed): 5 passes in 14.
        Assert.Equal(14, report.Attempts);
        Assert.Equal(5.0 / 14, report.PassRate!.Value, Precision);
        Assert.Equal(0.25, report.FirstAttemptPassRate!.Value, Precision);
        Assert.Equal([2, 0, 0, 2, 0, 0, 5, 0, 0, 5], report.Histogram);
        // A: right 7 times in the first attempts and twice more: 9/14.
        Assert.Equal(9.0 / 14, report.Items.Single(i => i.QuestionId == set.A).Facility, Precision);
    }

    [Fact]
    public async Task Admins_read_the_stored_report_on_the_page_and_in_the_csv_and_learners_are_refused()
    {
        using var courses = new TestCourses();
        var set = await HandComputedAttempts.InsertAsync(app, courses);
        await RunJobAsync();
        using var admin = (await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin)).Client;
        using var learner = (await AccountSteps.SignedInAsync(app)).Client;

        var list = await admin.GetPageAsync("/admin/item-analysis");
        var page = await admin.GetPageAsync($"/admin/item-analysis/{set.ModuleSlug}?sort=discrimination&order=desc");
        using var csv = await admin.GetAsync($"/admin/item-analysis/{set.ModuleSlug}.csv");
        using var refusedPage = await learner.GetAsync($"/admin/item-analysis/{set.ModuleSlug}");
        using var refusedCsv = await learner.GetAsync($"/admin/item-analysis/{set.ModuleSlug}.csv");

        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/admin/item-analysis/{set.ModuleSlug}']") is not null);
        // 14 scored attempts, 5/14 = 35.7% pass, 12 first attempts, 25% pass, alpha 11/19 = 0.58.
        Assert.Equal(["14", "35.7%", "12", "25%", "0.58"], row.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()));
        // Sorted by discrimination, highest first; C and D (no discrimination) last, by question id.
        Assert.Equal([set.A, set.B, .. new[] { set.C, set.D }.Order(StringComparer.Ordinal)], page.QuerySelectorAll("tbody tr[data-question]").Select(r => r.GetAttribute("data-question")));
        Assert.Equal("0.45", page.QuerySelector($"tr[data-question='{set.A}'] td.discrimination")?.TextContent);
        Assert.Contains("Distractor", page.QuerySelector($"tr[data-question='{set.A}'] td.flags")?.TextContent, StringComparison.Ordinal);
        var histogram = page.QuerySelector("svg[role='img']");
        Assert.NotNull(histogram?.QuerySelector("title"));
        Assert.Equal(10, histogram!.QuerySelectorAll("rect").Length);
        Assert.Null(page.QuerySelector("[style]"));
        Assert.Equal(["2", "0", "0", "2", "0", "0", "5", "0", "0", "3"], page.QuerySelectorAll("table.histogram td.num").Select(td => td.TextContent));

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = CsvCells.Rows(await csv.Content.ReadAsStringAsync()).Skip(1).ToDictionary(r => r[3]);
        Assert.Equal(["12", "0.58", "0.45"], rows[set.A].Skip(5).Take(3));
        Assert.Equal("6", rows[set.C][5]);
        Assert.Equal("", rows[set.C][7]);
        Assert.Equal(HttpStatusCode.Redirect, refusedPage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refusedCsv.StatusCode);
    }

    [Fact]
    public async Task Recompute_now_queues_the_job_and_a_module_without_a_report_says_so()
    {
        using var courses = new TestCourses();
        await app.InScopeAsync(sp => sp.GetRequiredService<Web.Features.Content.Import.ContentImporter>().ImportAsync(courses.Root));
        using var admin = (await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin)).Client;
        var storage = app.Factory.Services.GetRequiredService<JobStorage>();
        var queuedBefore = storage.GetMonitoringApi().EnqueuedCount("default");

        var page = await admin.GetPageAsync($"/admin/item-analysis/{courses.ModuleId}?sort=colour");
        using var posted = await admin.SubmitAsync($"/admin/item-analysis/{courses.ModuleId}", new Dictionary<string, string>(), "form[action='/admin/item-analysis/recompute']");
        using var missing = await admin.GetAsync("/admin/item-analysis/no-such-module");

        Assert.Contains("Not computed yet", page.Body?.TextContent, StringComparison.Ordinal);
        Assert.Contains("cannot be sorted by 'colour'", page.Body?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/item-analysis/{courses.ModuleId}", posted.Headers.Location?.OriginalString);
        Assert.Contains(storage.GetMonitoringApi().EnqueuedJobs("default", 0, 1000), j => j.Value.Job?.Type == typeof(ItemAnalysisJob));
        Assert.True(storage.GetMonitoringApi().EnqueuedCount("default") > queuedBefore);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>One item's numbers; the key's rate is its facility, as every credit is 0 or 1.</summary>
    private static void AssertItem(HandComputedAttempts set, ItemAnalysisReport report, string id, int drawn, double facility, double? discrimination,
        double distractor, double omitted, double medianSeconds, int rareDistractors)
    {
        var item = report.Items.Single(i => i.QuestionId == id);
        var (keyOption, distractorOption, unchosen) = set.Options[id];
        var rates = item.Options.ToDictionary(o => o.Key);
        Assert.Equal(drawn, item.Drawn);
        Assert.Equal(facility, item.Facility, Precision);
        if (discrimination is null)
        {
            Assert.Null(item.Discrimination);
        }
        else
        {
            Assert.Equal(discrimination.Value, item.Discrimination!.Value, Precision);
        }

        Assert.True(rates[keyOption].IsKey);
        Assert.Equal(facility, rates[keyOption].Rate, Precision);
        Assert.Equal(distractor, rates[distractorOption].Rate, Precision);
        Assert.All(unchosen, k => Assert.Equal(0, rates[k].Rate));
        Assert.Equal(2 + unchosen.Count, rates.Count);
        Assert.Equal(omitted, item.OmittedRate, Precision);
        Assert.Equal(medianSeconds, item.MedianSeconds);
        Assert.Equal(Enumerable.Repeat(ItemFlagKind.RareDistractor, rareDistractors), item.Flags.Select(f => f.Kind));
    }

    private Task<int> RunJobAsync() => app.InScopeAsync(sp => sp.GetRequiredService<ItemAnalysisJob>().RunAsync());

    private Task<ItemAnalysisReport> StoredAsync(int moduleId, ItemAnalysisScope scope) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().ItemAnalyses.AsNoTracking()
            .SingleAsync(r => r.ModuleId == moduleId && r.Scope == scope)).Report());
}

[Collection(Collections.Sqlite)]
public sealed class ItemAnalysisReportTestsOnSqlite(SqliteAppFixture app) : ItemAnalysisReportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ItemAnalysisReportTestsOnPostgreSql(PostgreSqlAppFixture app) : ItemAnalysisReportTests(app);
