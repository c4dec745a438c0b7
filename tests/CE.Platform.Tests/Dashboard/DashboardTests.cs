using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using static CE.Platform.Tests.Dashboard.DashboardPages;

namespace CE.Platform.Tests.Dashboard;

/// <summary>The dashboard page through the real pipeline: its words and tables agree with the matrix, and count only members' records.</summary>
public abstract class DashboardTests(AppFixture app)
{
    [Fact]
    public async Task The_charts_and_tables_show_the_same_overdue_completed_and_coming_due_numbers_as_the_matrix()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (moduleId, _) = await DashboardPages.SeedAsync(app, organisationId);

        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard");
        var matrix = await coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix");

        var matrixUnits = matrix.QuerySelectorAll("[aria-label='Totals per unit'] tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())
            .Where(r => r[1] != "0").ToDictionary(r => r[0], r => (r[1], r[3]));
        var units = Rows(page, "Overdue cells per unit");
        Assert.Equal(["ICU", "(no unit)", "Emergency"], units.Select(u => u[0]));
        Assert.Equal(matrixUnits, units.ToDictionary(u => u[0], u => (u[1], u[2])));
        Assert.Equal(("2", "1", "50%"), (units[0][1], units[0][2], units[0][3]));
        Assert.Null(page.QuerySelector(".dashboard__as-of")); // a small organisation's charts are counted for the view
        Assert.Contains("ICU: 1 of 2 overdue (50%)", Desc(page, "units"), StringComparison.Ordinal);

        var today = Rows(page, "Cycles due and completed by each week").Single(r => r[0].EndsWith("(today)", StringComparison.Ordinal));
        Assert.Equal(("2", "2"), (today[1], today[2]));
        Assert.Contains("by today 2 cycles are completed and 2 have fallen due (100%)", Desc(page, "timeline"), StringComparison.Ordinal);

        var renewals = Rows(page, "Cycles due per week");
        Assert.Equal((1, 2), (renewals.Sum(r => int.Parse(r[1])), renewals.Sum(r => int.Parse(r[2]))));
        Assert.Contains("3 cycles fall due: 1 already completed, 2 not yet", Desc(page, "renewals"), StringComparison.Ordinal);

        var oneModule = await coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard?module={moduleId}");
        Assert.Equal(Desc(page, "units"), Desc(oneModule, "units"));
        Assert.Null(oneModule.QuerySelector("[role=alert]"));
        coordinator.Dispose();
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    public async Task A_module_the_organisation_has_not_assigned_shows_all_modules_and_says_so(string module)
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);

        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard?module={module}");

        Assert.Contains("not assigned in this organisation", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing assigned yet", page.QuerySelector("#timeline-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_pending_invitees_earlier_completion_shows_in_no_chart_or_table()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app, Roles.Learner);
        await CompletionSteps.CompleteAsync(app, learner, "ketamine-safety");
        await OrganisationSteps.PendingInvitationAsync(app, organisationId, email);
        await DashboardPages.SeedAsync(app, organisationId);

        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard");

        Assert.Contains("by today 2 cycles are completed", Desc(page, "timeline"), StringComparison.Ordinal);
        Assert.Equal(4, Rows(page, "Overdue cells per unit").Sum(r => int.Parse(r[1])));
        learner.Dispose();
        coordinator.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class DashboardTestsOnSqlite(SqliteAppFixture app) : DashboardTests(app);

[Collection(Collections.PostgreSql)]
public sealed class DashboardTestsOnPostgreSql(PostgreSqlAppFixture app) : DashboardTests(app);
