using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

/// <summary>
/// The repair job finds kept compliance cells and totals that a write passed by (here: changed in the
/// database by hand), says how many, and rebuilds them; an administrator can queue it from /admin.
/// </summary>
public abstract class ComplianceCellRepairTests(AppFixture app)
{
    [Fact]
    public async Task The_repair_finds_and_rebuilds_cells_and_totals_changed_behind_the_apps_back()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        for (var i = 0; i < 3; i++)
        {
            var (learner, email) = await AccountSteps.SignedInAsync(app);
            learner.Dispose();
            await OrganisationSteps.AddAsync(app, organisationId, email, unit: "Wards");
        }

        using var assigned = await coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = "course:ketamine-clinical-practice", ["Target"] = "organisation", ["DueDate"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), ["RecurrenceMonths"] = "", ["WindowDays"] = "90",
        }, "form[action$='/assignments']");
        await InDatabaseAsync(async db =>
        {
            var cells = db.ComplianceCells.Where(c => c.OrganisationId == organisationId).OrderBy(c => c.UserId).ThenBy(c => c.ModuleId);
            var first = await cells.FirstAsync();
            await cells.Where(c => c.UserId == first.UserId && c.ModuleId == first.ModuleId).ExecuteUpdateAsync(set => set.SetProperty(c => c.OpenDue, new DateOnly(2001, 1, 1)));
            var last = await cells.LastAsync();
            await cells.Where(c => c.UserId == last.UserId && c.ModuleId == last.ModuleId).ExecuteDeleteAsync();
            await db.ComplianceTotals.Where(t => t.OrganisationId == organisationId).ExecuteUpdateAsync(set => set.SetProperty(t => t.Count, t => t.Count + 5));
        });

        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        using var queued = await admin.SubmitAsync("/admin", new Dictionary<string, string>(), "form[action='/admin/compliance/repair']");
        Assert.Equal("/admin", queued.Headers.Location?.OriginalString);
        Assert.Contains("being rebuilt in the background", (await admin.GetPageAsync("/admin")).Body!.TextContent);

        var repaired = await app.InScopeAsync(sp => sp.GetRequiredService<ComplianceCellRepairJob>().RunAsync(organisationId, "tester", CancellationToken.None));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<ComplianceCellRepairJob>().RunAsync(organisationId, null, CancellationToken.None));

        Assert.Equal(2, repaired.CellsDiffering);
        Assert.True(repaired.TotalsDiffering > 0);
        Assert.Equal(new ComplianceRepairResult(0, 0), again);
        await InDatabaseAsync(async db =>
        {
            var kept = await db.ComplianceCells.AsNoTracking().Where(c => c.OrganisationId == organisationId).ToListAsync();
            var fresh = await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == organisationId)).AsNoTracking().ToListAsync();
            Assert.Equal(0, ComplianceCellRows.DifferingInputs(kept, fresh));
            Assert.Equal(kept.Count, await db.ComplianceTotals.Where(t => t.OrganisationId == organisationId).SumAsync(t => t.Count));
        });
        Assert.Contains($"compliance.repaired: organisation {organisationId}: 2 cells and {repaired.TotalsDiffering} totals differed", await AuditSteps.EntriesAboutAsync(app, "tester"));
    }

    private Task<bool> InDatabaseAsync(Func<AppDbContext, Task> work) => app.InScopeAsync(async sp =>
    {
        await work(sp.GetRequiredService<AppDbContext>());
        return true;
    });

}

[Collection(Collections.Sqlite)]
public sealed class ComplianceCellRepairTestsOnSqlite(SqliteAppFixture app) : ComplianceCellRepairTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ComplianceCellRepairTestsOnPostgreSql(PostgreSqlAppFixture app) : ComplianceCellRepairTests(app);
