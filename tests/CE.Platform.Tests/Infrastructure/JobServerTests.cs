using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>A real Hangfire server on the real job storage of each provider runs the recurring clean-up.</summary>
public abstract class JobServerTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task The_in_process_job_server_runs_a_triggered_recurring_job_to_success()
    {
        await using var database = await CreateDatabaseAsync();
        await using var factory = new CePlatformFactory(database, CePlatformFactory.EveryJobQueue);
        var manager = (IRecurringJobManagerV2)factory.Services.GetRequiredService<IRecurringJobManager>();
        var storage = factory.Services.GetRequiredService<JobStorage>();

        var jobId = manager.TriggerJob(UnconfirmedAccountCleanupJob.RecurringJobId);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? state;
        do
        {
            await Task.Delay(250);
            state = storage.GetMonitoringApi().JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
        }
        while (state != "Succeeded" && DateTime.UtcNow < deadline);

        var history = storage.GetMonitoringApi().JobDetails(jobId)?.History.Select(h => $"{h.StateName}: {h.Reason} {string.Join(", ", h.Data.Select(d => $"{d.Key}={d.Value}"))}");
        Assert.True(state == "Succeeded", string.Join("\n", history ?? []));
    }
}

public sealed class JobServerTestsOnSqlite : JobServerTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class JobServerTestsOnPostgreSql : JobServerTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await PostgreSqlTestDatabase.CreateOrSkipAsync();
}
