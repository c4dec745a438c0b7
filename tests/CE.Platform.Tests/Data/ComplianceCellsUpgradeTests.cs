using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Content.Entities;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CE.Platform.Tests.Data;

/// <summary>
/// An install with assignments, upgraded across the migration that creates the kept compliance cells:
/// the migrations fill them, their totals and the members' counts from the existing records, and the matrix's counts are
/// right from the first request (before the minutely job has stored a status).
/// </summary>
public abstract class ComplianceCellsUpgradeTests
{
    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    [Fact]
    public async Task Upgrading_fills_the_compliance_cells_and_totals_from_existing_assignments()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database!.CreateContext();
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        var organisationId = await SeedAsync(db, now);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_ComplianceCells", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);

        await db.Database.MigrateAsync();

        var kept = await db.ComplianceCells.AsNoTracking().Where(c => c.OrganisationId == organisationId).ToListAsync();
        var fresh = await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == organisationId)).AsNoTracking().ToListAsync();
        Assert.Equal(4, kept.Count); // the non-member's cycle is not a cell
        Assert.Equal(0, ComplianceCellRows.DifferingInputs(kept, fresh));
        var scratch = (await ComplianceCellStatuses.Of(db, organisationId, now, DateOnly.FromDateTime(now)).ToListAsync())
            .GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        var counts = (await KeptStatusCounts.ReadAsync(db, organisationId, null, now, CancellationToken.None)).Counts
            .GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        Assert.Equal(scratch.OrderBy(p => p.Key), counts.OrderBy(p => p.Key));
        // The migration stored the statuses itself: nothing is left for the minutely job.
        Assert.Equal(scratch.OrderBy(p => p.Key), kept.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key));
        Assert.All(kept, c => Assert.True(c.ChangesAtUtc is null || c.ChangesAtUtc > now, $"{c.Status} due for change at {c.ChangesAtUtc}"));
        Assert.All(kept.Where(c => c.Status is CellStatus.NotStarted or CellStatus.InProgress), c => Assert.Equal(c.OpenDue!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), c.ChangesAtUtc));
        Assert.Equal(new[] { CellStatus.Completed, CellStatus.InProgress, CellStatus.NotStarted, CellStatus.Overdue }.Order(), scratch.Keys.Order());
        // The members' kept counts, filled by the later migration that adds them.
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId).ToListAsync();
        Assert.All(members, m => Assert.Equal(
            (kept.Count(c => c.UserId == m.UserId), kept.Count(c => c.UserId == m.UserId && c.Status == CellStatus.Overdue)), (m.AssignedCells, m.OverdueCells)));
        Assert.Equal((4, 1), (members.Sum(m => m.AssignedCells), members.Sum(m => m.OverdueCells)));
    }

    // One learner per status, plus a cycle of someone who is not a member; saved before going down, so
    // the cells the save wrote are dropped with the table and the upgrade has to build them again.
    private static async Task<int> SeedAsync(Web.Data.AppDbContext db, DateTime now)
    {
        var course = new Course { Slug = "upgrade", Title = "Upgrade", Description = "Upgrade", ProviderStatement = "Upgrade" };
        db.Courses.Add(course);
        var module = new Module { Course = course, Slug = "upgrade-module", Position = 1 };
        db.Modules.Add(module);
        var organisation = new Organisation { Name = "Upgrade Health", CreatedAtUtc = now };
        db.Organisations.Add(organisation);
        var users = Enumerable.Range(0, 5).Select(i => $"upgrade{i}@example.org")
            .Select(e => new AppUser { UserName = e, NormalizedUserName = e.ToUpperInvariant(), Email = e, NormalizedEmail = e.ToUpperInvariant(), FullName = e, CreatedAtUtc = now }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        db.Memberships.AddRange(users.Take(4).Select(u => new Membership { OrganisationId = organisation.Id, UserId = u.Id, JoinedAtUtc = now.AddDays(-30) }));
        var assignment = new Assignment { OrganisationId = organisation.Id, ModuleId = module.Id, Scope = AssignmentScope.Organisation, DueDate = DateOnly.FromDateTime(now), CreatedByUserId = users[0].Id, CreatedAtUtc = now };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        LearnerAssignment Cycle(AppUser user, int dueInDays, DateTime? completed) => new()
        {
            AssignmentId = assignment.Id, OrganisationId = organisation.Id, UserId = user.Id, ModuleId = module.Id, Cycle = 1,
            OpensAtUtc = now.AddDays(-20), DueDate = DateOnly.FromDateTime(now.AddDays(dueInDays)), CompletedAtUtc = completed,
        };
        db.LearnerAssignments.AddRange(Cycle(users[0], 10, now.AddDays(-1)), Cycle(users[1], -3, null), Cycle(users[2], 10, null), Cycle(users[3], 10, null), Cycle(users[4], 10, null));
        var version = new ModuleVersion { ModuleId = module.Id, Number = 1, ContentHash = "x", ImportedAtUtc = now, SourcePath = "x", Title = "Upgrade", Summary = "Upgrade", DefinitionJson = "{}", RenderedJson = "{}" };
        db.ModuleVersions.Add(version);
        await db.SaveChangesAsync();
        db.ModuleProgress.Add(new ModuleProgress { UserId = users[2].Id, ModuleId = module.Id, ModuleVersionId = version.Id, StartedAtUtc = now.AddDays(-2), LastActivityAtUtc = now.AddDays(-1) });
        await db.SaveChangesAsync();
        return organisation.Id;
    }
}

public sealed class ComplianceCellsUpgradeTestsOnSqlite : ComplianceCellsUpgradeTests
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(new SqliteTestDatabase());
}

public sealed class ComplianceCellsUpgradeTestsOnPostgreSql : ComplianceCellsUpgradeTests
{
    protected override async Task<TestDatabase?> CreateDatabaseAsync() =>
        await PostgreSqlTestDatabase.CreateOrSkipAsync();
}
