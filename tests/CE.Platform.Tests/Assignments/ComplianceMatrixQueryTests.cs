using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

/// <summary>
/// The matrix's database side (status per cell, filters, totals, sort, pages) agrees with the rule
/// that fills the cells of the rows shown, on a real database of each kind.
/// </summary>
public abstract class ComplianceMatrixQueryTests(AppFixture app)
{
    // 56 fillers plus four named learners: two pages of 50.
    private const int Fillers = 56;

    [Fact]
    public async Task Totals_filters_and_the_overdue_sort_count_each_cell_by_the_same_rule_as_the_row_shows()
    {
        var org = await SeedAsync();

        var all = await FullAsync(org, new MatrixFilter(null, null));

        var safety = all.Modules.Single(m => m.Id == org.ModuleA);
        var pharmacology = all.Modules.Single(m => m.Id == org.ModuleB);
        Assert.Equal((Fillers + 4, 1), (safety.Assigned, safety.Completed));
        Assert.Equal((1, 1), (pharmacology.Assigned, pharmacology.Completed));
        Assert.Equal(["(no unit)", "Emergency", "ICU"], all.UnitTotals.Select(u => u.Unit));
        Assert.Equal((Fillers + 4 + 1, 2, 1), all.UnitTotals.Aggregate((0, 0, 0), (t, u) => (t.Item1 + u.Assigned, t.Item2 + u.Completed, t.Item3 + u.Overdue)));
        Assert.Equal(Fillers / 2, all.UnitTotals.Single(u => u.Unit == "ICU").Assigned);
        foreach (var status in Enum.GetValues<CellStatus>())
        {
            var filtered = await FullAsync(org, new MatrixFilter(null, status));
            var expected = all.Rows.Where(r => r.Cells.Any(c => c.Status == status)).Select(r => r.UserId).Order();
            Assert.Equal(expected, filtered.Rows.Select(r => r.UserId).Order());
        }

        var byOverdue = await PageAsync(org, new MatrixFilter(null, null, "overdue"));
        Assert.Equal(org.Overdue, byOverdue.Rows[0].UserId);
        Assert.Equal(CellStatus.InProgress, all.Rows.Single(r => r.UserId == org.Reading).Cells[Index(all, org.ModuleA)].Status);
        Assert.Equal(CellStatus.Completed, all.Rows.Single(r => r.UserId == org.RenewalNotOpen).Cells[Index(all, org.ModuleA)].Status);
    }

    [Fact]
    public async Task Pages_follow_names_regardless_of_case_and_together_hold_every_learner_once()
    {
        var org = await SeedAsync();

        var first = await PageAsync(org, new MatrixFilter(null, null));
        var second = await PageAsync(org, new MatrixFilter(null, null, Page: 2));
        var unit = await PageAsync(org, new MatrixFilter(org.Organisation.Units.Single(u => u.Name == "ICU").Id, null));

        Assert.Equal((Fillers + 4, 2, 50, 10), (first.TotalRows, first.Pages, first.Rows.Count, second.Rows.Count));
        var names = first.Rows.Concat(second.Rows).Select(r => r.Name).ToList();
        Assert.Equal(["adam Ames", "Bea Brown", "carl Cole", "Dana Dunn"], names.Take(4));
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(Fillers + 4, first.Rows.Concat(second.Rows).Select(r => r.UserId).Distinct().Count());
        Assert.Equal(Fillers / 2, unit.TotalRows);
        Assert.All(unit.Rows, r => Assert.Equal("ICU", r.Unit));
    }

    [Fact]
    public async Task Overdue_first_pages_show_the_overdue_learner_then_everyone_else_by_name_each_once()
    {
        var org = await SeedAsync();

        var first = await PageAsync(org, new MatrixFilter(null, null, "overdue"));
        var second = await PageAsync(org, new MatrixFilter(null, null, "overdue", Page: 2));
        var all = await FullAsync(org, new MatrixFilter(null, null, "overdue"));

        // Page 2 starts inside the learners without overdue cells: its offset counts the overdue ones before it.
        var paged = first.Rows.Concat(second.Rows).ToList();
        Assert.Equal(all.Rows.Select(r => r.UserId), paged.Select(r => r.UserId));
        Assert.Equal(Fillers + 4, paged.Select(r => r.UserId).Distinct().Count());
        Assert.Equal((org.Overdue, 1), (paged[0].UserId, paged[0].Overdue));
        var rest = paged.Skip(1).Select(r => r.Name).ToList();
        Assert.Equal(rest.Order(StringComparer.OrdinalIgnoreCase), rest);
    }

    /// <summary>
    /// A month on, most cells have become overdue by time alone. Before the minutely job stores that, the order and
    /// the filter work the cells out; after it, they read the members' kept counts. Both agree with the cells shown.
    /// </summary>
    [Fact]
    public async Task Overdue_order_and_filter_follow_the_cells_before_and_after_the_job_stores_what_time_changed()
    {
        var org = await SeedAsync();
        var twice = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var learners = await db.Memberships.Where(m => m.OrganisationId == org.Organisation.Id && m.MemberName!.StartsWith("Learner 3")).Select(m => m.UserId).Take(2).ToListAsync();
            var assignment = await db.Assignments.SingleAsync(a => a.OrganisationId == org.Organisation.Id && a.ModuleId == org.ModuleB);
            var now = DateTime.UtcNow;
            db.LearnerAssignments.AddRange(learners.Select(id => Cycle(assignment, id, 1, DateOnly.FromDateTime(now.AddDays(10)), now.AddDays(-1), null)));
            await db.SaveChangesAsync();
            return learners;
        });
        var monthOn = new FixedClock(DateTimeOffset.UtcNow.AddDays(31));

        foreach (var stage in new[] { "before the job", "after the job" })
        {
            var all = await MatrixAtAsync(monthOn, sp => sp.FullAsync(org.Organisation, new MatrixFilter(null, null)));
            var overdue = all.Rows.ToDictionary(r => r.UserId, r => r.Cells.Count(c => c.Status == CellStatus.Overdue));
            var expected = all.Rows.OrderByDescending(r => overdue[r.UserId]).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => r.UserId).ToList();
            Assert.Equal(twice.Order(), expected.Take(2).Order());
            var first = await MatrixAtAsync(monthOn, sp => sp.BuildAsync(org.Organisation, new MatrixFilter(null, null, "overdue")));
            var second = await MatrixAtAsync(monthOn, sp => sp.BuildAsync(org.Organisation, new MatrixFilter(null, null, "overdue", Page: 2)));
            Assert.True(expected.SequenceEqual(first.Rows.Concat(second.Rows).Select(r => r.UserId)), $"Overdue-first pages {stage}");
            var filtered = await MatrixAtAsync(monthOn, sp => sp.FullAsync(org.Organisation, new MatrixFilter(null, CellStatus.Overdue, "overdue")));
            Assert.Equal(expected.Where(id => overdue[id] > 0), filtered.Rows.Select(r => r.UserId));
            Assert.Equal(overdue.Values.Count(n => n > 0), filtered.TotalRows);
            await app.InScopeAsync(sp => new ComplianceCellTransitionJob(sp.GetRequiredService<AppDbContext>(), monthOn).RunAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_learner_renamed_in_their_account_moves_to_their_new_place_in_the_name_order()
    {
        var org = await SeedAsync();
        var dana = (await PageAsync(org, new MatrixFilter(null, null))).Rows.Single(r => r.Name == "Dana Dunn").UserId;

        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = await users.FindByIdAsync(dana) ?? throw new InvalidOperationException(dana);
            user.FullName = "Aaron Dunn";
            return await users.UpdateAsync(user);
        });

        var names = (await PageAsync(org, new MatrixFilter(null, null))).Rows.Select(r => r.Name).ToList();
        Assert.Equal(["Aaron Dunn", "adam Ames", "Bea Brown", "carl Cole"], names.Take(4));
        Assert.Equal("Aaron Dunn", await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.Where(m => m.UserId == dana).Select(m => m.MemberName).SingleAsync()));
    }

    private static int Index(ComplianceMatrix matrix, int moduleId) => matrix.Modules.Select(m => m.Id).ToList().IndexOf(moduleId);

    private Task<ComplianceMatrix> FullAsync(SeededOrganisation org, MatrixFilter filter) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ComplianceMatrixQuery>().FullAsync(org.Organisation, filter));

    private Task<ComplianceMatrix> PageAsync(SeededOrganisation org, MatrixFilter filter) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ComplianceMatrixQuery>().BuildAsync(org.Organisation, filter));

    private Task<ComplianceMatrix> MatrixAtAsync(TimeProvider clock, Func<ComplianceMatrixQuery, Task<ComplianceMatrix>> read) =>
        app.InScopeAsync(sp => read(new ComplianceMatrixQuery(sp.GetRequiredService<AppDbContext>(), clock)));

    private sealed record SeededOrganisation(Organisation Organisation, int ModuleA, int ModuleB, string Overdue, string Reading, string RenewalNotOpen);

    /// <summary>
    /// An organisation of 60 learners: one overdue on module A and done with B, one reading A, one
    /// whose A renewal has not opened yet, one who has not started; fillers split across two units
    /// and not started, the first with a window that opens next week.
    /// </summary>
    private Task<SeededOrganisation> SeedAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var modules = await db.Modules.Where(m => m.CurrentVersionId != null).OrderBy(m => m.Position).Select(m => new { m.Id, VersionId = m.CurrentVersionId!.Value }).Take(2).ToListAsync();
        var organisation = new Organisation { Name = $"Matrix {Guid.NewGuid():N}", CreatedAtUtc = now, Units = [new() { Name = "ICU" }, new() { Name = "Emergency" }] };
        db.Organisations.Add(organisation);
        var named = new[] { "Dana Dunn", "carl Cole", "adam Ames", "Bea Brown" }.Select(NewUser).ToList();
        var fillers = Enumerable.Range(1, Fillers).Select(i => NewUser($"Learner {i:00}")).ToList();
        db.Users.AddRange(named.Concat(fillers));
        await db.SaveChangesAsync();
        var (icu, emergency) = (organisation.Units[0].Id, organisation.Units[1].Id);
        // Members for a month, so yesterday's reading is theirs to show the organisation (reading before joining is not).
        var joined = now.AddDays(-30);
        db.Memberships.AddRange(named.Select(u => new Membership { OrganisationId = organisation.Id, UserId = u.Id, JoinedAtUtc = joined }));
        db.Memberships.AddRange(fillers.Select((u, i) => new Membership { OrganisationId = organisation.Id, UserId = u.Id, UnitId = i % 2 == 0 ? icu : emergency, JoinedAtUtc = joined }));
        var (a, b) = (NewAssignment(organisation.Id, modules[0].Id, named[0].Id, now), NewAssignment(organisation.Id, modules[1].Id, named[0].Id, now));
        db.Assignments.AddRange(a, b);
        await db.SaveChangesAsync();

        var (overdue, reading, renewal) = (named[0], named[1], named[2]);
        // The first filler's window opens next week: assigned, not started, not done.
        db.LearnerAssignments.AddRange(named.Concat(fillers).Where(u => u != overdue && u != renewal)
            .Select(u => Cycle(a, u.Id, 1, today.AddDays(30), u == fillers[0] ? now.AddDays(7) : now.AddDays(-60), null)));
        db.LearnerAssignments.AddRange(
            Cycle(a, overdue.Id, 1, today.AddDays(-1), now.AddDays(-90), null),
            Cycle(b, overdue.Id, 1, today.AddDays(10), now.AddDays(-90), now.AddDays(-2)),
            Cycle(a, renewal.Id, 1, today.AddDays(-30), now.AddDays(-120), now.AddDays(-40)),
            Cycle(a, renewal.Id, 2, today.AddDays(335), now.AddDays(245), null));
        db.ModuleProgress.Add(new ModuleProgress { UserId = reading.Id, ModuleId = modules[0].Id, ModuleVersionId = modules[0].VersionId, StartedAtUtc = now.AddDays(-1), LastActivityAtUtc = now.AddDays(-1) });
        await db.SaveChangesAsync();
        return new SeededOrganisation(organisation, modules[0].Id, modules[1].Id, overdue.Id, reading.Id, renewal.Id);

        AppUser NewUser(string name)
        {
            var email = $"{Guid.NewGuid():N}@matrix.example.org";
            return new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), FullName = name, CreatedAtUtc = now };
        }
    });

    private static Assignment NewAssignment(int organisationId, int moduleId, string createdBy, DateTime now) => new()
    {
        OrganisationId = organisationId, ModuleId = moduleId, Scope = AssignmentScope.Organisation, DueDate = DateOnly.FromDateTime(now.AddDays(30)), CreatedByUserId = createdBy, CreatedAtUtc = now,
    };

    private static LearnerAssignment Cycle(Assignment assignment, string userId, int cycle, DateOnly due, DateTime opens, DateTime? completed) => new()
    {
        AssignmentId = assignment.Id, OrganisationId = assignment.OrganisationId, UserId = userId, ModuleId = assignment.ModuleId, Cycle = cycle, DueDate = due, OpensAtUtc = opens, CompletedAtUtc = completed,
    };
}

[Collection(Collections.Sqlite)]
public sealed class ComplianceMatrixQueryTestsOnSqlite(SqliteAppFixture app) : ComplianceMatrixQueryTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ComplianceMatrixQueryTestsOnPostgreSql(PostgreSqlAppFixture app) : ComplianceMatrixQueryTests(app);
