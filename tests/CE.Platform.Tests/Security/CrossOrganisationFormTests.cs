using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Security;

/// <summary>
/// The route table fills route values; these fill form values and mixed ids: a coordinator working in
/// their own organisation cannot aim at another organisation's unit, learner or export.
/// </summary>
public abstract class CrossOrganisationFormTests(AppFixture app)
{
    [Fact]
    public async Task A_coordinator_cannot_assign_or_accommodate_another_organisations_unit_or_learner()
    {
        var (coordinator, own) = await OrganisationSteps.CoordinatorAsync(app);
        var (unitId, strangerId, _) = await OtherOrganisationAsync();
        var page = $"/coordinator/{own}";

        foreach (var target in new[] { $"unit:{unitId}", $"learner:{strangerId}" })
        {
            using var assigned = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Modules"] = "ketamine-safety", ["Target"] = target }, "form[action$='/assignments']");
            Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        }

        using var granted = await coordinator.SubmitAsync($"{page}/accommodations", new Dictionary<string, string>
        {
            ["LearnerId"] = strangerId,
            ["Module"] = "ketamine-safety",
            ["ExtraMinutes"] = "15",
            ["Reason"] = "Aimed at a stranger",
        });

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal((0, 0), await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.Assignments.CountAsync(a => a.UnitId == unitId || a.LearnerId == strangerId || a.OrganisationId == own),
                await db.Accommodations.CountAsync(a => a.UserId == strangerId));
        }));
        coordinator.Dispose();
    }

    [Fact]
    public async Task Another_organisations_export_is_not_found_under_the_coordinators_own_organisation()
    {
        var (coordinator, own) = await OrganisationSteps.CoordinatorAsync(app);
        var (_, _, operationId) = await OtherOrganisationAsync();

        using var progress = await coordinator.GetAsync($"/coordinator/{own}/operations/{operationId}");
        using var file = await coordinator.GetAsync($"/coordinator/{own}/operations/{operationId}/file");

        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        coordinator.Dispose();
    }

    /// <summary>Another organisation with a unit, a member in it and a finished export; returns their ids.</summary>
    private async Task<(int UnitId, string LearnerId, int OperationId)> OtherOrganisationAsync()
    {
        var other = await OrganisationSteps.CreateAsync(app);
        var (stranger, email) = await AccountSteps.SignedInAsync(app);
        stranger.Dispose();
        await OrganisationSteps.AddAsync(app, other, email, unit: "Ward 7");
        var member = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.AsNoTracking().SingleAsync(m => m.OrganisationId == other));
        return (member.UnitId!.Value, member.UserId, await OrganisationSteps.FinishedExportAsync(app, other, member.UserId));
    }
}

[Collection(Collections.Sqlite)]
public sealed class CrossOrganisationFormTestsOnSqlite(SqliteAppFixture app) : CrossOrganisationFormTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CrossOrganisationFormTestsOnPostgreSql(PostgreSqlAppFixture app) : CrossOrganisationFormTests(app);
