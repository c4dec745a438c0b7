using System.Diagnostics;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Benchmarks;

/// <summary>
/// The bulk seeding path (PostgreSQL only): learners written with binary COPY in batches of 10,000, so
/// 100,000 learners seed in minutes. Organisations of the sizes asked for (issue 18's 1,000 / 10,000 /
/// 50,000) are each assigned every shipped module; the learners left over fill clinics of 500 with three
/// modules. Every cycle is in one of four states, spread evenly by a fixed rule (no randomness in the
/// shape): half completed (attempt, completion, certificate, progress), a quarter in progress, an eighth
/// not started, an eighth overdue. Learner 0 has completed everything (the certificate the bench downloads).
/// </summary>
public sealed class BulkSeeder(AppDbContext db, BulkCopy copy, ComplianceCellRepairJob cells, ModuleVersionCache versions, SigningKeyStore keys, IOptions<SiteOptions> site, TimeProvider clock)
{
    private const int Batch = 10_000;
    private const int ClinicSize = 500;
    private const int ModulesPerClinicLearner = 3;
    private readonly Dictionary<string, TimeSpan> timings = [];

    public async Task<BulkSeedResult> SeedAsync(int learners, IReadOnlyList<int> organisationSizes, Action<string> log, CancellationToken cancellationToken = default)
    {
        if (organisationSizes.Any(s => s < 1) || organisationSizes.Sum() > learners)
        {
            throw new ArgumentException($"The organisation sizes ({string.Join(", ", organisationSizes)}) must be positive and add up to at most the {learners} learners.");
        }

        copy.EnsureAvailable();
        var now = clock.GetUtcNow().UtcDateTime;
        var modules = await db.Modules.AsNoTracking().Where(m => m.CurrentVersionId != null).OrderBy(m => m.Position)
            .Select(m => new { m.Id, VersionId = m.CurrentVersionId!.Value }).ToListAsync(cancellationToken);
        var snapshots = new Dictionary<int, ModuleSnapshot>();
        foreach (var module in modules)
        {
            snapshots[module.Id] = (await versions.GetAsync(module.VersionId, cancellationToken)).Snapshot;
        }

        var layout = OrganisationLayout.For(learners, organisationSizes, ClinicSize);
        var organisations = layout.Sizes.Select((s, i) => new Organisation { Name = i < organisationSizes.Count ? $"Bench Hospital of {s:N0}" : $"Bench Clinic {i:000}", CreatedAtUtc = now }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(cancellationToken);

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), BenchmarkSeeder.Password);
        var learnerRole = await db.Roles.SingleAsync(r => r.Name == Roles.Learner, cancellationToken);
        var coordinatorRole = await db.Roles.SingleAsync(r => r.Name == Roles.Coordinator, cancellationToken);
        var coordinator = SeedRows.User(BenchmarkSeeder.CoordinatorEmail, "Bench Coordinator", hash, now);
        db.Users.Add(coordinator);
        db.UserRoles.AddRange(new IdentityUserRole<string> { UserId = coordinator.Id, RoleId = learnerRole.Id }, new IdentityUserRole<string> { UserId = coordinator.Id, RoleId = coordinatorRole.Id });
        // The coordinator reads the matrix of every sized organisation (or of the first clinic when none was asked for).
        db.Memberships.AddRange(organisations.Take(Math.Max(1, organisationSizes.Count)).Select(o => new Membership { OrganisationId = o.Id, UserId = coordinator.Id, IsCoordinator = true, JoinedAtUtc = now }));
        var assignments = organisations.Select((o, i) => modules.Take(i < organisationSizes.Count ? modules.Count : ModulesPerClinicLearner)
            .Select(m => SeedRows.Assignment(o.Id, m.Id, coordinator.Id, now)).ToList()).ToList();
        db.Assignments.AddRange(assignments.SelectMany(a => a));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var rows = new BulkRows(await copy.NextIdAsync<Membership>(cancellationToken), await copy.NextIdAsync<ModuleProgress>(cancellationToken),
            await copy.NextIdAsync<QuizAttempt>(cancellationToken), await copy.NextIdAsync<Completion>(cancellationToken),
            await copy.NextIdAsync<Certificate>(cancellationToken), await copy.NextIdAsync<LearnerAssignment>(cancellationToken));
        var banks = snapshots.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, Web.Features.Content.Definitions.QuestionDefinition>)s.Value.Module.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal));
        var (keyId, key) = await keys.ActiveAsync(cancellationToken);
        using (key)
        {
            for (var start = 0; start < learners; start += Batch)
            {
                rows.Clear();
                foreach (var index in Enumerable.Range(start, Math.Min(Batch, learners - start)))
                {
                    var organisation = layout.OrganisationOf(index);
                    var user = SeedRows.User(BenchmarkSeeder.LearnerEmail(index), $"Bench Learner {index:000000}", hash, now);
                    rows.AddLearner(user, learnerRole.Id, organisations[organisation].Id, now);
                    foreach (var (assignment, k) in assignments[organisation].Select((a, k) => (a, k)))
                    {
                        var state = index == 0 ? CycleState.Completed : CycleStates.Of(index, k);
                        var module = modules.Single(m => m.Id == assignment.ModuleId);
                        rows.AddCycle(user, assignment, module.VersionId, snapshots[module.Id], banks[module.Id], state, new Random(index * 31 + k), now,
                            completion => SeedRows.Certificate(completion, snapshots[module.Id], user.FullName, site.Value, now, keyId, key));
                    }
                }

                await WriteAsync(rows, cancellationToken);
                log($"seeded {Math.Min(start + Batch, learners):N0} of {learners:N0} learners");
            }
        }

        // COPY passes the app's saves by, so the kept compliance cells and totals are built as the repair builds them.
        await Timed("compliance cells", async () => (ulong)(await cells.RunAsync(null, null, cancellationToken)).CellsDiffering);
        // Fresh statistics: without them the first measurements run on plans made for empty tables
        // (autovacuum analyses later, when it gets to it on a busy machine).
        await Timed("analyze", async () => (ulong)await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken));
        return new BulkSeedResult(learners, [.. organisations.Take(organisationSizes.Count).Select(o => o.Id)], organisations[0].Id, rows.Totals, timings);
    }

    // Parents before children (the foreign keys hold at every step).
    private async Task WriteAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        await Timed("users", () => copy.WriteAsync(rows.Users, cancellationToken));
        await Timed("user roles", () => copy.WriteAsync(rows.UserRoles, cancellationToken));
        await Timed("memberships", () => copy.WriteAsync(rows.Memberships, cancellationToken));
        await Timed("module progress", () => copy.WriteAsync(rows.Progress, cancellationToken));
        await Timed("quiz attempts", () => copy.WriteAsync(rows.Attempts, cancellationToken));
        await Timed("completions", () => copy.WriteAsync(rows.Completions, cancellationToken));
        await Timed("certificates", () => copy.WriteAsync(rows.Certificates, cancellationToken));
        await Timed("learner assignments", () => copy.WriteAsync(rows.Cycles, cancellationToken));
    }

    private async Task Timed(string table, Func<Task<ulong>> write)
    {
        var watch = Stopwatch.StartNew();
        await write();
        timings[table] = timings.GetValueOrDefault(table) + watch.Elapsed;
    }
}

public sealed record BulkSeedResult(int Learners, IReadOnlyList<int> SizedOrganisationIds, int FirstOrganisationId, IReadOnlyDictionary<string, int> Rows, IReadOnlyDictionary<string, TimeSpan> CopyTimes);
