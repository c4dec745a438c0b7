using AngleSharp.Html.Dom;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Dashboard;

/// <summary>The dashboard page through the real pipeline: its words and tables agree with the matrix, and count only members' records.</summary>
public abstract class DashboardTests(AppFixture app)
{
    [Fact]
    public async Task The_charts_and_tables_show_the_same_overdue_completed_and_coming_due_numbers_as_the_matrix()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var moduleId = await SeedAsync(organisationId);

        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard");
        var matrix = await coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix");

        var matrixUnits = matrix.QuerySelectorAll("[aria-label='Totals per unit'] tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())
            .Where(r => r[1] != "0").ToDictionary(r => r[0], r => (r[1], r[3]));
        var units = Rows(page, "Overdue cells per unit");
        Assert.Equal(["ICU", "(no unit)", "Emergency"], units.Select(u => u[0]));
        Assert.Equal(matrixUnits, units.ToDictionary(u => u[0], u => (u[1], u[2])));
        Assert.Equal(("2", "1", "50%"), (units[0][1], units[0][2], units[0][3]));
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
        await SeedAsync(organisationId);

        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard");

        Assert.Contains("by today 2 cycles are completed", Desc(page, "timeline"), StringComparison.Ordinal);
        Assert.Equal(4, Rows(page, "Overdue cells per unit").Sum(r => int.Parse(r[1])));
        learner.Dispose();
        coordinator.Dispose();
    }

    private static string Desc(IHtmlDocument page, string chart) => page.QuerySelector($"#{chart}-desc")?.TextContent ?? throw new Xunit.Sdk.XunitException($"No {chart} chart");

    private static List<string[]> Rows(IHtmlDocument page, string caption) =>
        page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == caption)
            .QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    /// <summary>
    /// Four members on one module: overdue (ICU); renewed once and due again in 20 days (ICU); done
    /// early for a cycle due in 10 days (Emergency); due in 50 days (no unit). And a former member's
    /// overdue cycle, which counts nowhere. Returns the module's id.
    /// </summary>
    private Task<int> SeedAsync(int organisationId) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var (now, today) = (DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        var moduleId = await db.Modules.Where(m => m.Slug == "ketamine-safety").Select(m => m.Id).SingleAsync();
        var users = Enumerable.Range(0, 5).Select(i => new AppUser { UserName = $"{Guid.NewGuid():N}@dash.example.org", Email = $"{Guid.NewGuid():N}@dash.example.org", FullName = $"Dash {i}", CreatedAtUtc = now }).ToList();
        db.Users.AddRange(users);
        var (icu, emergency) = (new OrganisationUnit { OrganisationId = organisationId, Name = "ICU" }, new OrganisationUnit { OrganisationId = organisationId, Name = "Emergency" });
        db.OrganisationUnits.AddRange(icu, emergency);
        var assignment = new Assignment { OrganisationId = organisationId, ModuleId = moduleId, Scope = AssignmentScope.Organisation, DueDate = today, CreatedByUserId = users[0].Id, CreatedAtUtc = now };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        int?[] unitOf = [icu.Id, icu.Id, emergency.Id, null];
        db.Memberships.AddRange(unitOf.Select((unit, i) => new Membership { OrganisationId = organisationId, UserId = users[i].Id, UnitId = unit, JoinedAtUtc = now.AddDays(-200) }));
        db.LearnerAssignments.AddRange(
            Cycle(users[0].Id, 1, today.AddDays(-3), now.AddDays(-60), null),
            Cycle(users[1].Id, 1, today.AddDays(-30), now.AddDays(-90), now.AddDays(-40)),
            Cycle(users[1].Id, 2, today.AddDays(20), now.AddDays(-5), null),
            Cycle(users[2].Id, 1, today.AddDays(10), now.AddDays(-30), now.AddDays(-1)),
            Cycle(users[3].Id, 1, today.AddDays(50), now.AddDays(-10), null),
            Cycle(users[4].Id, 1, today.AddDays(-3), now.AddDays(-60), null));
        await db.SaveChangesAsync();
        return moduleId;

        LearnerAssignment Cycle(string userId, int cycle, DateOnly due, DateTime opens, DateTime? completed) => new()
        {
            AssignmentId = assignment.Id, OrganisationId = organisationId, UserId = userId, ModuleId = moduleId, Cycle = cycle, DueDate = due, OpensAtUtc = opens, CompletedAtUtc = completed,
        };
    });
}

[Collection(Collections.Sqlite)]
public sealed class DashboardTestsOnSqlite(SqliteAppFixture app) : DashboardTests(app);

[Collection(Collections.PostgreSql)]
public sealed class DashboardTestsOnPostgreSql(PostgreSqlAppFixture app) : DashboardTests(app);
