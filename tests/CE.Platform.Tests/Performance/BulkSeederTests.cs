using CE.Platform.Benchmarks;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Performance;

/// <summary>
/// The bench's bulk seeding (binary COPY) at a small size: rows linked as the app links them, the identity
/// sequences moved past the copied ids, and the seeded organisations served through the real pipeline.
/// </summary>
public sealed class BulkSeederTests
{
    [Fact]
    public async Task Bulk_seeding_creates_organisations_of_the_asked_sizes_with_every_module_and_the_app_serves_them()
    {
        await using var database = await PostgreSqlTestDatabase.CreateOrSkipAsync();
        await using var factory = new CePlatformFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await Seeder(scope.ServiceProvider).SeedAsync(65, [20, 10], _ => { });

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var modules = await db.Modules.CountAsync(m => m.CurrentVersionId != null);
        Assert.Equal(65, await db.Users.CountAsync(u => u.Email!.StartsWith("learner")));
        // The two sized organisations (and the coordinator in each), then clinics for the 35 left over.
        Assert.Equal(21, await db.Memberships.CountAsync(m => m.OrganisationId == result.SizedOrganisationIds[0]));
        Assert.Equal(11, await db.Memberships.CountAsync(m => m.OrganisationId == result.SizedOrganisationIds[1]));
        Assert.Equal((30 * modules) + (35 * 3), await db.LearnerAssignments.CountAsync());
        Assert.Equal(20 * modules, await db.LearnerAssignments.CountAsync(l => l.OrganisationId == result.SizedOrganisationIds[0]));
        // Every completion has its passed attempt, its certificate (signed) and the cycle it closed.
        var completions = await db.Completions.CountAsync();
        Assert.InRange(completions, 0.4 * 225, 0.6 * 225);
        Assert.Equal(completions, await db.QuizAttempts.CountAsync(a => a.Passed == true));
        Assert.Equal(completions, await db.Certificates.CountAsync());
        Assert.Equal(completions, await db.LearnerAssignments.CountAsync(l => l.CompletionId != null && l.CompletedAtUtc != null));
        Assert.Equal(0, await db.Completions.CountAsync(c => !db.QuizAttempts.Any(a => a.Id == c.AttemptId && a.UserId == c.UserId)));
        Assert.True(await db.LearnerAssignments.AnyAsync(l => l.CompletionId == null && l.DueDate < DateOnly.FromDateTime(DateTime.UtcNow)), "some cycles are overdue");
        var keys = await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().PublishedAsync();
        Assert.All(await db.Certificates.AsNoTracking().Take(5).ToListAsync(), c => Assert.NotNull(CompactJws.Verify(c.SignedRecord, keys)));
        // The members' kept counts, which the matrix's filtered views read, follow the cells the repair built.
        Assert.True(await db.Memberships.AnyAsync(m => m.OverdueCells > 0), "some members keep overdue cells");
        Assert.False(await db.Memberships.AnyAsync(m =>
            m.AssignedCells != db.ComplianceCells.Count(c => c.OrganisationId == m.OrganisationId && c.UserId == m.UserId)
            || m.OverdueCells != db.ComplianceCells.Count(c => c.OrganisationId == m.OrganisationId && c.UserId == m.UserId && c.Status == CellStatus.Overdue)));

        // The identity sequences were moved past the copied ids: the app's next insert does not collide.
        db.Memberships.Add(new Membership { OrganisationId = result.SizedOrganisationIds[1], UserId = (await db.Users.FirstAsync(u => u.Email == BenchmarkSeeder.LearnerEmail(0))).Id, JoinedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();

        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var coordinator = new AppClient(http);
        using var signIn = await AccountSteps.SignInAsync(coordinator, BenchmarkSeeder.CoordinatorEmail, BenchmarkSeeder.Password);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        foreach (var organisation in result.SizedOrganisationIds)
        {
            using var matrix = await coordinator.GetAsync($"/coordinator/{organisation}/matrix");
            Assert.Equal(System.Net.HttpStatusCode.OK, matrix.StatusCode);
        }
    }

    [Fact]
    public async Task Bulk_seeding_refuses_organisation_sizes_larger_than_the_learners_and_writes_nothing()
    {
        await using var database = await PostgreSqlTestDatabase.CreateOrSkipAsync();
        await using var factory = new CePlatformFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Seeder(scope.ServiceProvider).SeedAsync(100, [60, 50], _ => { }));

        Assert.Contains("add up to at most the 100 learners", refused.Message);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Organisations.AnyAsync());
        Assert.False(await db.Users.AnyAsync(u => u.Email!.EndsWith("@bench.example.org")));
    }

    [Fact]
    public async Task Bulk_seeding_on_SQLite_says_it_needs_PostgreSQL()
    {
        await using var database = new SqliteTestDatabase();
        await using var factory = new CePlatformFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Seeder(scope.ServiceProvider).SeedAsync(10, [], _ => { }));

        Assert.Contains("needs PostgreSQL", refused.Message);
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Organisations.AnyAsync());
    }

    private static BulkSeeder Seeder(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<BulkSeeder>(services, ActivatorUtilities.CreateInstance<BulkCopy>(services));
}
