using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// The restart procedure of docs/operations.md, under load: each instance in turn is taken out of nginx, stopped,
/// started again and put back while the others keep serving. The same with a pending migration, from the previous
/// release to this one: <see cref="RollingUpgradeTests"/>.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RollingRestartTests(ClusterFixture cluster)
{
    private const string Module = "ketamine-depression";

    [Fact]
    public async Task A_rolling_restart_keeps_serving_reads_and_saves_without_a_5xx()
    {
        await cluster.EnsureAllRunningAsync();
        var learners = await ReadyLearner.PrepareManyAsync(cluster, Module, 6);

        await using var direct = cluster.Database.CreateContext();

        var load = LoadLoop.WorkingThrough(learners, saving: true);
        foreach (var instance in cluster.Instances)
        {
            await RollSteps.ReplaceAsync(cluster, instance);
        }

        await RollSteps.AssertServedThroughoutAsync(load, learners, direct);
        TestContext.Current.SendDiagnosticMessage($"Rolling restart: {load.Count} requests, none failed; {load.Resent} sent again after a closed kept-alive connection.");
        learners.ForEach(l => l.Dispose());
    }
}
