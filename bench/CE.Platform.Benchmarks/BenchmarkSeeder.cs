using System.Text.Json;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Benchmarks;

public sealed record SeedResult(int Learners, int Organisations, int Attempts, int Completions, int Certificates, int Assignments, int LargeOrganisationId);

/// <summary>
/// Fills a migrated database with a realistic data set in batches: organisations, learners (one
/// password hash shared, since hashing 10,000 passwords would take minutes), attempts, completions
/// with signed certificates, and annual assignments (every module in the large organisation, the
/// compliance-matrix target). Content comes from the normal course import.
/// </summary>
public sealed class BenchmarkSeeder(AppDbContext db, ModuleVersionCache versions, SigningKeyStore keys, IOptions<SiteOptions> site, TimeProvider clock)
{
    public const string Password = "bench passphrase 2026";
    private const int Batch = 2_000;
    private readonly Dictionary<int, Dictionary<string, QuestionDefinition>> banks = [];

    public static string LearnerEmail(int i) => $"learner{i:00000}@bench.example.org";

    public const string CoordinatorEmail = "coordinator@bench.example.org";

    public async Task<SeedResult> SeedAsync(SeedSize size, Action<string> log, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var modules = await db.Modules.AsNoTracking().Where(m => m.CurrentVersionId != null).OrderBy(m => m.Position)
            .Select(m => new { m.Id, VersionId = m.CurrentVersionId!.Value }).ToListAsync(cancellationToken);
        var snapshots = new Dictionary<int, ModuleSnapshot>();
        foreach (var module in modules)
        {
            snapshots[module.Id] = (await versions.GetAsync(module.VersionId, cancellationToken)).Snapshot;
        }

        var organisations = Enumerable.Range(1, size.Organisations).Select(i => new Organisation { Name = $"Bench Hospital {i:00}", CreatedAtUtc = now }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(cancellationToken);

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var learnerRole = await db.Roles.SingleAsync(r => r.Name == Roles.Learner, cancellationToken);
        var coordinatorRole = await db.Roles.SingleAsync(r => r.Name == Roles.Coordinator, cancellationToken);
        var coordinator = SeedRows.User(CoordinatorEmail, "Bench Coordinator", hash, now);
        db.Users.Add(coordinator);
        db.UserRoles.AddRange(new IdentityUserRole<string> { UserId = coordinator.Id, RoleId = learnerRole.Id }, new IdentityUserRole<string> { UserId = coordinator.Id, RoleId = coordinatorRole.Id });
        db.Memberships.Add(new Membership { OrganisationId = organisations[0].Id, UserId = coordinator.Id, IsCoordinator = true, JoinedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);

        var (keyId, key) = await keys.ActiveAsync(cancellationToken);
        using (key)
        {
            var counts = (Attempts: 0, Completions: 0, Assignments: 0);
            var assignments = new Dictionary<(int Organisation, int Module), Assignment>();
            for (var start = 0; start < size.Learners; start += Batch)
            {
                var users = Enumerable.Range(start, Math.Min(Batch, size.Learners - start)).Select(i => (Index: i, User: SeedRows.User(LearnerEmail(i), $"Bench Learner {i:00000}", hash, now))).ToList();
                db.Users.AddRange(users.Select(u => u.User));
                db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<string> { UserId = u.User.Id, RoleId = learnerRole.Id }));
                db.Memberships.AddRange(users.Select(u => new Membership { OrganisationId = OrganisationOf(u.Index, size, organisations).Id, UserId = u.User.Id, JoinedAtUtc = now }));
                await db.SaveChangesAsync(cancellationToken);

                foreach (var (index, user) in users)
                {
                    counts.Attempts += AddAttempts(user, index, size, modules.Select(m => (m.Id, m.VersionId)).ToList(), snapshots, now);
                }

                await db.SaveChangesAsync(cancellationToken);
                var completed = await AddCompletionsAsync(users.Select(u => u.User).ToList(), size, snapshots, now, keyId, key, cancellationToken);
                counts.Completions += completed;
                counts.Assignments += await AddAssignmentsAsync(users, size, organisations, modules.Select(m => m.Id).ToList(), assignments, coordinator.Id, now, cancellationToken);
                db.ChangeTracker.Clear();
                log($"seeded {Math.Min(start + Batch, size.Learners)} of {size.Learners} learners");
            }

            return new SeedResult(size.Learners, size.Organisations, counts.Attempts, counts.Completions, counts.Completions, counts.Assignments, organisations[0].Id);
        }
    }

    // The first organisation is the large one (the compliance-matrix target); the others share the rest.
    private static Organisation OrganisationOf(int index, SeedSize size, List<Organisation> organisations) =>
        index < size.LargeOrganisation ? organisations[0] : organisations[1 + (index - size.LargeOrganisation) % (organisations.Count - 1)];

    private int AddAttempts(AppUser user, int index, SeedSize size, List<(int Id, int VersionId)> modules, Dictionary<int, ModuleSnapshot> snapshots, DateTime now)
    {
        var random = new Random(index);
        for (var n = 0; n < size.AttemptsPerLearner; n++)
        {
            var (moduleId, versionId) = modules[n % modules.Count];
            var started = now.AddDays(-random.Next(30, 300)).AddMinutes(n);
            db.QuizAttempts.Add(SeedRows.Attempt(user.Id, moduleId, versionId, n / modules.Count + 1, snapshots[moduleId], Bank(moduleId, snapshots), n < size.CompletionsPerLearner, started, random));
        }

        return size.AttemptsPerLearner;
    }

    private Dictionary<string, QuestionDefinition> Bank(int moduleId, Dictionary<int, ModuleSnapshot> snapshots)
    {
        if (!banks.TryGetValue(moduleId, out var bank))
        {
            banks[moduleId] = bank = snapshots[moduleId].Module.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        }

        return bank;
    }

    private async Task<int> AddCompletionsAsync(List<AppUser> users, SeedSize size, Dictionary<int, ModuleSnapshot> snapshots, DateTime now, string keyId, System.Security.Cryptography.ECDsa key, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var passedAttempts = await db.QuizAttempts.Where(a => ids.Contains(a.UserId) && a.Passed == true).ToListAsync(cancellationToken);
        var completions = passedAttempts.Select(a => SeedRows.Completion(a, snapshots[a.ModuleId])).ToList();
        db.Completions.AddRange(completions);
        await db.SaveChangesAsync(cancellationToken);
        var names = users.ToDictionary(u => u.Id, u => u.FullName);
        db.Certificates.AddRange(completions.Select(c => SeedRows.Certificate(c, snapshots[c.ModuleId], names[c.UserId], site.Value, now, keyId, key)));
        await db.SaveChangesAsync(cancellationToken);
        return completions.Count;
    }

    private async Task<int> AddAssignmentsAsync(List<(int Index, AppUser User)> users, SeedSize size, List<Organisation> organisations, List<int> moduleIds,
        Dictionary<(int, int), Assignment> assignments, string coordinatorId, DateTime now, CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var (index, user) in users)
        {
            var organisation = OrganisationOf(index, size, organisations);
            // The large organisation's learners have every module: the matrix target is 1,000 × 4.
            foreach (var moduleId in moduleIds.Take(organisation == organisations[0] ? moduleIds.Count : size.AssignmentsPerLearner))
            {
                if (!assignments.TryGetValue((organisation.Id, moduleId), out var assignment))
                {
                    assignment = SeedRows.Assignment(organisation.Id, moduleId, coordinatorId, now);
                    db.Assignments.Add(assignment);
                    await db.SaveChangesAsync(cancellationToken);
                    assignments[(organisation.Id, moduleId)] = assignment;
                }

                db.LearnerAssignments.Add(SeedRows.Cycle(assignment, user.Id));
                rows++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}
