using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

/// <summary>
/// The repair job finds kept compliance cells, totals and members' counts that a write passed by (here: changed in the
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
            // A member whose cells are untouched, so only the repair of the members' counts can mend them.
            Assert.Equal(1, await db.Memberships.Where(m => m.OrganisationId == organisationId && m.UserId != first.UserId && m.UserId != last.UserId && m.AssignedCells > 0).Take(1)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.AssignedCells, 40).SetProperty(m => m.OverdueCells, 7)));
        });

        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        using var queued = await admin.SubmitAsync("/admin", new Dictionary<string, string>(), "form[action='/admin/compliance/repair']");
        Assert.Equal("/admin", queued.Headers.Location?.OriginalString);
        Assert.Contains("being rebuilt in the background", (await admin.GetPageAsync("/admin")).Body!.TextContent);

        var repaired = await app.InScopeAsync(sp => sp.GetRequiredService<ComplianceCellRepairJob>().RunAsync(organisationId, "tester", CancellationToken.None));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<ComplianceCellRepairJob>().RunAsync(organisationId, null, CancellationToken.None));

        Assert.Equal(2, repaired.CellsDiffering);
        Assert.True(repaired.TotalsDiffering > 0);
        Assert.Equal(new ComplianceRepairResult(0, 0, 0), again);
        await InDatabaseAsync(async db =>
        {
            var kept = await db.ComplianceCells.AsNoTracking().Where(c => c.OrganisationId == organisationId).ToListAsync();
            var fresh = await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == organisationId)).AsNoTracking().ToListAsync();
            Assert.Equal(0, ComplianceCellRows.DifferingInputs(kept, fresh));
            Assert.Equal(kept.Count, await db.ComplianceTotals.Where(t => t.OrganisationId == organisationId).SumAsync(t => t.Count));
            Assert.All(await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId).ToListAsync(), m => Assert.Equal(
                (kept.Count(c => c.UserId == m.UserId), kept.Count(c => c.UserId == m.UserId && c.Status == CellStatus.Overdue)), (m.AssignedCells, m.OverdueCells)));
        });
        Assert.Contains($"compliance.repaired: organisation {organisationId}: 2 cells, {repaired.TotalsDiffering} totals and 0 member names differed", await AuditSteps.EntriesAboutAsync(app, "tester"));
    }

    [Fact]
    public async Task The_repair_gives_members_the_names_an_older_release_left_empty_or_a_rename_behind_the_apps_back_left_stale()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var emails = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var email = AccountSteps.NewEmail();
            emails.Add(email);
            await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, $"Member {emails.Count - 1}", AccountSteps.Password, Roles.Learner));
            await OrganisationSteps.AddAsync(app, organisationId, email);
        }

        // As a release before MemberNames adds a member, and as a rename made in the database by hand.
        await InDatabaseAsync(async db =>
        {
            await db.Memberships.Where(m => m.OrganisationId == organisationId && db.Users.Where(u => u.Email == emails[0]).Select(u => u.Id).Contains(m.UserId))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.MemberName, (string?)null));
            await db.Users.Where(u => u.Email == emails[1]).ExecuteUpdateAsync(set => set.SetProperty(u => u.FullName, "Aaron Renamed"));
        });

        var repaired = await app.InScopeAsync(sp => sp.GetRequiredService<ComplianceCellRepairJob>().RunAsync(organisationId, "name-tester", CancellationToken.None));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<ComplianceCellRepairJob>().RunAsync(organisationId, null, CancellationToken.None));

        Assert.Equal(new ComplianceRepairResult(0, 0, 2), repaired);
        Assert.Equal(new ComplianceRepairResult(0, 0, 0), again);
        var names = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.Where(m => m.OrganisationId == organisationId)
            .OrderBy(m => m.MemberName).Select(m => m.MemberName).ToListAsync());
        Assert.Equal(["Aaron Renamed", "Member 0", "Member 2"], names);
        Assert.Contains($"compliance.repaired: organisation {organisationId}: 0 cells, 0 totals and 2 member names differed", await AuditSteps.EntriesAboutAsync(app, "name-tester"));
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
