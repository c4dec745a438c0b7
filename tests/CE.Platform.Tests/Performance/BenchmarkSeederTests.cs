using CE.Platform.Benchmarks;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using CE.Platform.Web.Features.Certificates.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Performance;

/// <summary>The benchmark's seeding, at a small size: the shape and the counts the full run relies on.</summary>
public abstract class BenchmarkSeederTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Seeding_a_small_data_set_creates_the_promised_counts_with_valid_certificates()
    {
        await using var database = await CreateDatabaseAsync();
        await using var factory = new CePlatformFactory(database);
        await using var scope = factory.Services.CreateAsyncScope();
        var size = SeedSize.Scaled(60);

        var result = await ActivatorUtilities.CreateInstance<BenchmarkSeeder>(scope.ServiceProvider).SeedAsync(size, _ => { });

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(60, await db.Users.CountAsync(u => u.Email!.StartsWith("learner")));
        Assert.Equal(600, await db.QuizAttempts.CountAsync());
        Assert.Equal(240, await db.Completions.CountAsync());
        Assert.Equal(240, await db.Certificates.CountAsync());
        // Three modules each, four in the large organisation (6 learners).
        Assert.Equal(54 * 3 + 6 * 4, await db.LearnerAssignments.CountAsync());
        Assert.Equal(6 * 4, await db.LearnerAssignments.CountAsync(l => l.OrganisationId == result.LargeOrganisationId));
        Assert.Equal(size.LargeOrganisation + 1, await db.Memberships.CountAsync(m => m.OrganisationId == result.LargeOrganisationId));
        // Every attempt carries answers and times, and item analysis reads them all (4 modules).
        Assert.Equal(0, await db.QuizAttempts.CountAsync(a => a.AnswersJson == "{}" || a.AnswerTimesJson == null));
        Assert.Equal(4, await scope.ServiceProvider.GetRequiredService<ItemAnalysisJob>().RunAsync());
        Assert.Equal(600, await db.ItemAnalyses.Where(r => r.Scope == ItemAnalysisScope.AllAttempts).SumAsync(r => r.AttemptsCounted));
        var keys = await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().PublishedAsync();
        var sample = await db.Certificates.AsNoTracking().OrderBy(c => c.Id).Take(5).ToListAsync();
        Assert.All(sample, c => Assert.NotNull(CompactJws.Verify(c.SignedRecord, keys)));
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signIn = await AccountSteps.SignInAsync(new AppClient(client), BenchmarkSeeder.LearnerEmail(0), BenchmarkSeeder.Password);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }
}

public sealed class BenchmarkSeederTestsOnSqlite : BenchmarkSeederTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class BenchmarkSeederTestsOnPostgreSql : BenchmarkSeederTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateOrSkipAsync();
}
