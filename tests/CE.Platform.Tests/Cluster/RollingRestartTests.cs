using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// The upgrade procedure of docs/operations.md, under load: the cluster runs on the previous schema, and each
/// instance in turn is taken out of nginx, stopped, started with the new release and put back; the first one
/// applies the pending migration while the others keep serving.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RollingRestartTests(ClusterFixture cluster)
{
    private const string Module = "ketamine-depression";

    [Fact]
    public async Task A_rolling_restart_that_applies_a_pending_migration_keeps_serving_reads_and_saves_without_a_5xx()
    {
        await cluster.EnsureAllRunningAsync();
        var learners = await ReadyLearner.PrepareManyAsync(cluster, Module, 6);

        // The running release's schema: the newest migration (additive) is undone underneath it, so it is pending.
        await using var direct = cluster.Database.CreateContext();
        var migrations = direct.Database.GetMigrations().ToList();
        await direct.GetService<IMigrator>().MigrateAsync(migrations[^2], TestContext.Current.CancellationToken);
        Assert.Equal([migrations[^1]], await direct.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));

        var load = LoadLoop.WorkingThrough(learners, saving: true);
        foreach (var instance in cluster.Instances)
        {
            await cluster.Balancer.TakeOutAsync(instance.Port);
            await instance.TerminateAsync();
            Assert.Equal(0, await instance.WaitForExitAsync(TimeSpan.FromSeconds(40)));
            await instance.StartAsync();
            await cluster.Balancer.PutBackAllAsync();
            Assert.Empty(await direct.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        }

        await load.StopAsync();
        Assert.Contains("Applying 1 migration(s)", cluster.Instances[0].Transcript, StringComparison.Ordinal);
        Assert.Empty(load.Failures);
        Assert.True(load.Count > 50, $"Only {load.Count} requests were sent during the restart.");
        foreach (var learner in learners)
        {
            Assert.Null(await learner.SubmitAndCompleteAsync());
        }

        Assert.Equal(learners.Count, (await CompletionIntegrity.AssertConsistentAsync(direct, [.. learners.Select(l => l.AttemptId)])).Count);
        TestContext.Current.SendDiagnosticMessage($"Rolling restart: {load.Count} requests, none failed.");
        learners.ForEach(l => l.Dispose());
    }
}
