using System.Net;
using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// PostgreSQL goes away under every instance at once while learners submit through nginx (a proxy in front of
/// the shared server is cut, as a restart would): the outage behaviour of one instance holds for the cluster,
/// and every instance, the job server included, recovers without a restart of its own.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DatabaseRestartTests(ClusterFixture cluster)
{
    private const string Module = "ketamine-history";
    private const int Learners = 12;

    [Fact]
    public async Task When_the_database_restarts_under_load_every_instance_recovers_by_itself_and_nothing_is_half_written()
    {
        await cluster.EnsureAllRunningAsync();
        var learners = await ReadyLearner.PrepareManyAsync(cluster, Module, Learners);

        await using var direct = cluster.Database.CreateContext();
        using var probe = cluster.NewClient();
        var racing = learners.Select(l => Task.Run(l.SubmitAndCompleteAsync)).ToList();
        Assert.True(await Eventually.TrueAsync(() => direct.Certificates.AnyAsync(), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(10)));
        cluster.Proxy.Cut();
        var inFlight = racing.Count(t => !t.IsCompleted);

        // nginx asks every instance (503 is passed on to the next) and all answer not ready.
        using var down = await probe.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        cluster.Proxy.Restore();

        var refusals = await Task.WhenAll(racing);
        Assert.True(inFlight > 0, "Every learner had finished before the database went away; the test proved nothing.");
        Assert.All(refusals.OfType<ReadyLearner.Refusal>(), r => Assert.Equal(HttpStatusCode.InternalServerError, r.Status));
        using var http = new HttpClient();
        foreach (var instance in cluster.Instances)
        {
            Assert.True(await Eventually.TrueAsync(async () => (await http.GetAsync($"{instance.Url}/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30)),
                $"Instance {instance.Name} did not become ready again.");
        }

        var recovered = cluster.LogMarks();
        foreach (var (learner, refusal) in learners.Zip(refusals))
        {
            var again = refusal is null ? null : await learner.SubmitAndCompleteAsync();
            Assert.True(again is null, $"A learner turned away was turned away again after the recovery ({again?.Status}). What the instances logged:\n{cluster.FailuresSince(recovered)}");
        }

        Assert.Equal(Learners, (await CompletionIntegrity.AssertConsistentAsync(direct, [.. learners.Select(l => l.AttemptId)])).Count);
        // Someone new registers: a web instance queues the confirmation email and the job server, reconnected, sends it.
        // Hangfire's workers back off after losing the database, so the first poll after the restart may be a while away.
        using var newcomer = cluster.NewClient();
        await AccountSteps.RegisterAndConfirmAsync(cluster, newcomer, AccountSteps.NewEmail(), mailTimeout: TimeSpan.FromSeconds(60));
        Assert.True(cluster.Instances.All(i => i.IsRunning));
        TestContext.Current.SendDiagnosticMessage($"Database restart: {inFlight} learners in flight, {refusals.Count(r => r is not null)} turned away.");
        learners.ForEach(l => l.Dispose());
    }
}
