using System.Net;
using System.Text.RegularExpressions;
using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// docs/operations.md's rolling upgrade, from the release before the newest migration (<see cref="PreviousRelease"/>,
/// published from git) to this build, under load through nginx: the first new instance applies the pending migration
/// while the previous release keeps serving on the migrated schema, and clients see no 5xx.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class RollingUpgradeTests(ClusterFixture cluster)
{
    private const string Module = "ketamine-safety";

    [Fact]
    public async Task A_rolling_upgrade_with_a_pending_migration_keeps_serving_from_the_previous_release_to_this_one()
    {
        var previous = await PreviousRelease.PublishAsync();
        await cluster.EnsureAllRunningAsync();
        var learners = await ReadyLearner.PrepareManyAsync(cluster, Module, 6);
        await using var direct = cluster.Database.CreateContext();
        var upgraded = new List<AppInstance>();
        try
        {
            // The cluster as it ran before the upgrade: the previous release on its own schema.
            await Task.WhenAll(cluster.Instances.Select(RollSteps.StopAsync));
            await cluster.InScopeAsync(sp => MigrateToAsync(sp, previous.NewestMigration));
            Assert.NotEmpty(await direct.Database.GetPendingMigrationsAsync());
            await Task.WhenAll(cluster.Instances.Select(i => i.StartAsync(previous.Folder)));

            var load = LoadLoop.WorkingThrough(learners, saving: true);
            foreach (var instance in cluster.Instances)
            {
                await RollSteps.ReplaceAsync(cluster, instance);
                if (upgraded.Count == 0)
                {
                    Assert.Matches(AppliedMigrations(), instance.Transcript);
                    Assert.Empty(await direct.Database.GetPendingMigrationsAsync());
                    await AssertServesAsync(learners[0], cluster.Instances.Except([instance]));
                }

                upgraded.Add(instance);
            }

            await RollSteps.AssertServedThroughoutAsync(load, learners, direct);
            TestContext.Current.SendDiagnosticMessage(
                $"Rolling upgrade from {previous.Commit[..8]} (schema {previous.NewestMigration}): {load.Count} requests, none failed; {load.Resent} sent again after a closed kept-alive connection.");
        }
        finally
        {
            // Whatever happened, the next cluster test finds this build on every instance.
            foreach (var instance in cluster.Instances.Except(upgraded).Where(i => i.IsRunning))
            {
                await instance.KillAsync();
            }

            await cluster.EnsureAllRunningAsync();
            learners.ForEach(l => l.Dispose());
        }
    }

    // The previous release on the schema the new one migrated: a signed-in page and a save, sent to each instance directly.
    private static async Task AssertServesAsync(ReadyLearner learner, IEnumerable<AppInstance> previousRelease)
    {
        foreach (var instance in previousRelease)
        {
            using var page = await learner.Client.GetAsync($"{instance.Url}/attempts/{learner.AttemptId}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Null(await learner.SaveAsync(instance.Url));
        }
    }

    private static async Task<bool> MigrateToAsync(IServiceProvider services, string migration)
    {
        await services.GetRequiredService<AppDbContext>().GetService<IMigrator>().MigrateAsync(migration);
        return true;
    }

    [GeneratedRegex(@"Applying \d+ migration\(s\)")]
    private static partial Regex AppliedMigrations();
}
