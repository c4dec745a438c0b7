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
/// The maintained compliance cells equal the cells worked out from scratch after every step of a
/// random sequence of writes (cycles assigned, renewed, completed and removed; readings; joins, ends
/// and unit moves) with time moving across due dates and renewal openings. The seed is printed.
/// </summary>
public abstract class ComplianceCellEqualityTests(AppFixture app, ITestOutputHelper output)
{
    private const int Learners = 6;
    private const int Steps = 200;

    [Fact]
    public async Task After_every_random_write_the_kept_cells_equal_the_cells_worked_out_from_scratch()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var (org, users, assignments, modules, units) = await SeedAsync();
        var now = DateTime.UtcNow;
        for (var step = 0; step < Steps; step++)
        {
            var action = random.Next(8);
            now = now.AddHours(random.Next(0, 24 * 4));
            var user = users[random.Next(users.Count)];
            await app.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                db.CellClock = new FixedClock(now);
                var index = random.Next(assignments.Count);
                switch (action)
                {
                    case 0 or 1:
                        // A cycle: the first, or a renewal opening later (not yet open, or already open).
                        var cycle = await db.LearnerAssignments.CountAsync(l => l.AssignmentId == assignments[index] && l.UserId == user) + 1;
                        db.LearnerAssignments.Add(new LearnerAssignment
                        {
                            AssignmentId = assignments[index], OrganisationId = org, UserId = user, ModuleId = modules[index], Cycle = cycle,
                            OpensAtUtc = now.AddDays(random.Next(-40, 40)), DueDate = DateOnly.FromDateTime(now.AddDays(random.Next(-10, 60))),
                        });
                        break;
                    case 2:
                        var open = await db.LearnerAssignments.Where(l => l.UserId == user && l.CompletedAtUtc == null).OrderBy(l => l.Id).FirstOrDefaultAsync();
                        open?.CompletedAtUtc = now.AddDays(-random.Next(0, 5));
                        break;
                    case 3:
                        var removed = await db.LearnerAssignments.Where(l => l.UserId == user).OrderByDescending(l => l.Id).FirstOrDefaultAsync();
                        if (removed is not null)
                        {
                            db.LearnerAssignments.Remove(removed);
                        }

                        break;
                    case 4:
                        var reading = await db.ModuleProgress.SingleOrDefaultAsync(p => p.UserId == user && p.ModuleId == modules[index]);
                        if (reading is null)
                        {
                            var version = await db.Modules.Where(m => m.Id == modules[index]).Select(m => m.CurrentVersionId!.Value).SingleAsync();
                            db.ModuleProgress.Add(reading = new ModuleProgress { UserId = user, ModuleId = modules[index], ModuleVersionId = version, StartedAtUtc = now });
                        }

                        reading.LastActivityAtUtc = now.AddHours(-random.Next(0, 48));
                        break;
                    case 5:
                        var member = await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == org && m.UserId == user);
                        if (member is null)
                        {
                            db.Memberships.Add(new Membership { OrganisationId = org, UserId = user, JoinedAtUtc = now.AddDays(-random.Next(0, 30)) });
                        }
                        else
                        {
                            await sp.GetRequiredService<MembershipChanges>().EndWithinAsync(member, user, CancellationToken.None);
                        }

                        break;
                    case 6:
                        var rejoined = await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == org && m.UserId == user);
                        rejoined?.JoinedAtUtc = now.AddDays(-random.Next(0, 30));
                        break;
                    case 7:
                        var moved = await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == org && m.UserId == user);
                        moved?.UnitId = units[random.Next(units.Count)];
                        break;
                }

                await db.SaveChangesAsync();
                return true;
            });
            await AssertCellsEqualAsync(org, now, $"seed {seed}, step {step}, action {action}");
        }
    }

    // Three checks: the kept inputs equal the inputs worked out again; the matrix's counts (kept totals,
    // cells time has changed worked out at read time) equal the counts from scratch; and once the
    // minutely job has stored what time changed, every stored status and every kept total does too.
    // The members' kept counts follow the stored statuses, before the job and after it.
    private Task<bool> AssertCellsEqualAsync(int org, DateTime now, string where) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(now);
        var kept = await db.ComplianceCells.AsNoTracking().Where(c => c.OrganisationId == org).ToListAsync();
        var fresh = await ComplianceCellStatuses.Inputs(db, db.LearnerAssignments.Where(l => l.OrganisationId == org)).AsNoTracking().ToListAsync();
        Assert.True(ComplianceCellRows.DifferingInputs(kept, fresh) == 0, $"{where}: inputs differ\n kept  {Describe(kept)}\n fresh {Describe(fresh)}");

        var scratch = await ComplianceCellStatuses.Of(db, org, now, today)
            .Join(db.Memberships.Where(m => m.OrganisationId == org), c => c.UserId, m => m.UserId, (c, m) => new { c.UserId, m.UnitId, c.ModuleId, c.Status })
            .ToListAsync();
        var expected = Counted(scratch.Select(c => (c.UnitId, c.ModuleId, c.Status)));
        var counts = (await KeptStatusCounts.ReadAsync(db, org, null, now, CancellationToken.None)).Counts;
        Assert.Equal(expected, Counted(counts.SelectMany(c => Enumerable.Repeat((c.UnitId, c.ModuleId, c.Status), c.Count))));
        // The cells the filters and the overdue order find, before the job: stored statuses and those time has changed.
        foreach (var status in Enum.GetValues<CellStatus>().Where(s => s != CellStatus.NotAssigned))
        {
            var found = await ComplianceCellStatuses.KeptIn(db, org, status, now, today).Select(c => new { c.UserId, c.UnitId, c.ModuleId }).ToListAsync();
            Assert.Equal(
                scratch.Where(c => c.Status == status).Select(c => $"{c.UserId}/{c.UnitId}/{c.ModuleId}").Order(StringComparer.Ordinal),
                found.Select(c => $"{c.UserId}/{c.UnitId}/{c.ModuleId}").Order(StringComparer.Ordinal));
        }

        await AssertMemberCountsAsync(db, org, kept, $"{where}, before the job");
        await new ComplianceCellTransitionJob(db, new FixedClock(now)).RunAsync(CancellationToken.None);
        var stored = await db.ComplianceCells.AsNoTracking().Where(c => c.OrganisationId == org).ToListAsync();
        await AssertMemberCountsAsync(db, org, stored, $"{where}, after the job");
        Assert.Equal(expected, Counted(stored.Select(c => (c.UnitId, c.ModuleId, c.Status))));
        Assert.All(stored, c => Assert.True(c.ChangesAtUtc is null || c.ChangesAtUtc > now, $"{where}: {c.UserId} {c.ModuleId} still due for change at {c.ChangesAtUtc}"));
        var totals = await db.ComplianceTotals.AsNoTracking().Where(t => t.OrganisationId == org && t.Count != 0).ToListAsync();
        Assert.Equal(expected, Counted(totals.SelectMany(t => Enumerable.Repeat((t.UnitKey == ComplianceTotal.NoUnit ? null : (int?)t.UnitKey, t.ModuleId, t.Status), t.Count))));
        return true;
    });

    // The members' kept counts: their kept cells, and how many of those are stored as overdue.
    private static async Task AssertMemberCountsAsync(AppDbContext db, int org, IReadOnlyList<ComplianceCell> cells, string where)
    {
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == org).ToListAsync();
        Assert.All(members, m => Assert.True(
            (cells.Count(c => c.UserId == m.UserId), cells.Count(c => c.UserId == m.UserId && c.Status == CellStatus.Overdue)) == (m.AssignedCells, m.OverdueCells),
            $"{where}: member {m.UserId[..6]} keeps {m.AssignedCells} cells, {m.OverdueCells} overdue; the cells: {Describe(cells.Where(c => c.UserId == m.UserId))}"));
    }

    private static string Counted(IEnumerable<(int? UnitId, int ModuleId, CellStatus Status)> cells) =>
        string.Join(", ", cells.GroupBy(c => c).Select(g => $"{g.Key.UnitId}/{g.Key.ModuleId}/{g.Key.Status}={g.Count()}").Order(StringComparer.Ordinal));

    private static string Describe(IEnumerable<ComplianceCell> cells) =>
        string.Join("; ", cells.OrderBy(c => c.UserId).ThenBy(c => c.ModuleId).Select(c => $"{c.UserId[..6]}/{c.ModuleId} u{c.UnitId} due {c.OpenDue} opens {c.OpenOpensAtUtc:s} done {c.LastDoneAtUtc:s} read {c.LastReadingAtUtc:s}"));

    private Task<(int Org, List<string> Users, List<int> Assignments, List<int> Modules, List<int?> Units)> SeedAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var modules = await db.Modules.Where(m => m.CurrentVersionId != null).OrderBy(m => m.Position).Select(m => m.Id).Take(2).ToListAsync();
        var organisation = new Organisation { Name = $"Cells {Guid.NewGuid():N}", CreatedAtUtc = now };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var units = new[] { "ICU", "Theatres" }.Select(name => new OrganisationUnit { OrganisationId = organisation.Id, Name = name }).ToList();
        db.OrganisationUnits.AddRange(units);
        var users = Enumerable.Range(0, Learners).Select(i => $"{Guid.NewGuid():N}@cells.example.org")
            .Select(e => new AppUser { UserName = e, NormalizedUserName = e.ToUpperInvariant(), Email = e, NormalizedEmail = e.ToUpperInvariant(), FullName = e, CreatedAtUtc = now }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        db.Memberships.AddRange(users.Select(u => new Membership { OrganisationId = organisation.Id, UserId = u.Id, JoinedAtUtc = now.AddDays(-10) }));
        var assignments = modules.Select(m => new Assignment
        {
            OrganisationId = organisation.Id, ModuleId = m, Scope = AssignmentScope.Organisation, DueDate = DateOnly.FromDateTime(now), CreatedByUserId = users[0].Id, CreatedAtUtc = now,
        }).ToList();
        db.Assignments.AddRange(assignments);
        await db.SaveChangesAsync();
        return (organisation.Id, users.Select(u => u.Id).ToList(), assignments.Select(a => a.Id).ToList(), modules, units.Select(u => (int?)u.Id).Prepend(null).ToList());
    });
}

[Collection(Collections.Sqlite)]
public sealed class ComplianceCellEqualityTestsOnSqlite(SqliteAppFixture app, ITestOutputHelper output) : ComplianceCellEqualityTests(app, output);

[Collection(Collections.PostgreSql)]
public sealed class ComplianceCellEqualityTestsOnPostgreSql(PostgreSqlAppFixture app, ITestOutputHelper output) : ComplianceCellEqualityTests(app, output);
