using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using CE.Platform.Web.Data;

namespace CE.Platform.Tests.Cluster;

/// <summary>The steps of docs/operations.md's rolling restart and upgrade, and what must hold after them.</summary>
internal static class RollSteps
{
    /// <summary>Takes the instance out of nginx, stops it gracefully, starts it (this build, or <paramref name="release"/>) and puts it back.</summary>
    public static async Task ReplaceAsync(ClusterFixture cluster, AppInstance instance, string? release = null)
    {
        await cluster.Balancer.TakeOutAsync(instance.Port);
        await StopAsync(instance);
        await instance.StartAsync(release);
        await cluster.Balancer.PutBackAllAsync();
    }

    /// <summary>SIGTERM, and the process drains and exits 0.</summary>
    public static async Task StopAsync(AppInstance instance)
    {
        await instance.TerminateAsync();
        Assert.Equal(0, await instance.WaitForExitAsync(TimeSpan.FromSeconds(40)));
    }

    /// <summary>Stops the load, which must have seen no failure in enough requests; every learner then completes and nothing is half-written.</summary>
    public static async Task AssertServedThroughoutAsync(LoadLoop load, IReadOnlyList<ReadyLearner> learners, AppDbContext direct)
    {
        await load.StopAsync();
        Assert.Empty(load.Failures);
        Assert.True(load.Count > 50, $"Only {load.Count} requests were sent while instances were replaced.");
        foreach (var learner in learners)
        {
            Assert.Null(await learner.SubmitAndCompleteAsync());
        }

        Assert.Equal(learners.Count, (await CompletionIntegrity.AssertConsistentAsync(direct, [.. learners.Select(l => l.AttemptId)])).Count);
    }
}
