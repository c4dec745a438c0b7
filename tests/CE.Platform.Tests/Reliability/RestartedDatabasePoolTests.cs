using CE.Platform.Testing;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// PostgreSQL restarts while a web-only instance is idle, so no request of its own failed during the restart:
/// its pools (EF's and the job queue's) still hold the connections the restart closed. The first saves and
/// completions after it must not be answered with an error page; before <c>RetryingJobClient</c> the first
/// completion committed and then failed queueing the certificate email.
/// </summary>
public sealed class RestartedDatabasePoolTests(WebOnlyProxiedPostgreSqlAppFixture app) : IClassFixture<WebOnlyProxiedPostgreSqlAppFixture>
{
    private const string Module = "ketamine-pharmacology";
    private const int Learners = 6;

    [Fact]
    public async Task After_a_restart_nobody_saw_the_first_saves_and_completions_succeed()
    {
        var learners = await ReadyLearner.PrepareManyAsync(app, Module, Learners);
        // Saves at once and a completion fill both pools with connections.
        Assert.All(await Task.WhenAll(learners.Select(l => Task.Run(() => l.SaveAsync()))), Assert.Null);
        Assert.Null(await learners[0].SubmitAndCompleteAsync());

        app.Proxy.Cut();
        app.Proxy.Restore();

        foreach (var learner in learners.Skip(1))
        {
            Assert.Null(await learner.SaveAsync());
            Assert.Null(await learner.SubmitAndCompleteAsync());
        }

        learners.ForEach(l => l.Dispose());
    }
}
