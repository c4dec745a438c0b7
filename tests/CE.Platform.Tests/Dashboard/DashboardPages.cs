using AngleSharp.Html.Dom;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Dashboard;

/// <summary>What the dashboard tests read from the page, and the organisation they seed.</summary>
public static class DashboardPages
{
    public static string Desc(IHtmlDocument page, string chart) => page.QuerySelector($"#{chart}-desc")?.TextContent ?? throw new Xunit.Sdk.XunitException($"No {chart} chart");

    public static List<string[]> Rows(IHtmlDocument page, string caption) =>
        page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == caption)
            .QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    /// <summary>
    /// Four members on one module: overdue (ICU); renewed once and due again in 20 days (ICU); done
    /// early for a cycle due in 10 days (Emergency); due in 50 days (no unit). And a former member's
    /// overdue cycle, which counts nowhere. Returns the module's id and the overdue member's id.
    /// </summary>
    public static Task<(int ModuleId, string OverdueUserId)> SeedAsync(AppFixture app, int organisationId) => app.InScopeAsync(async sp =>
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
        return (moduleId, users[0].Id);

        LearnerAssignment Cycle(string userId, int cycle, DateOnly due, DateTime opens, DateTime? completed) => new()
        {
            AssignmentId = assignment.Id, OrganisationId = organisationId, UserId = userId, ModuleId = moduleId, Cycle = cycle, DueDate = due, OpensAtUtc = opens, CompletedAtUtc = completed,
        };
    });
}
