using System.Net;
using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// A web-only instance dies (SIGKILL) or is stopped (SIGTERM) while learners work through quizzes behind nginx.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class InstanceFailureTests(ClusterFixture cluster)
{
    private const string Module = "ketamine-safety";
    private const int Learners = 12;

    [Fact]
    public async Task An_instance_killed_during_quiz_load_loses_no_accepted_save_or_submission_and_creates_no_duplicate()
    {
        await cluster.EnsureAllRunningAsync();
        var learners = await ReadyLearner.PrepareManyAsync(cluster, Module, Learners);
        var victim = cluster.Instances[^1];
        await using var direct = cluster.Database.CreateContext();

        var racing = learners.Select(l => Task.Run(async () => (Save: await l.SaveAsync(), Complete: await l.SubmitAndCompleteAsync()))).ToList();
        // Killed as soon as the first certificate is written: the other learners are then mid-way.
        Assert.True(await Eventually.TrueAsync(() => direct.Certificates.AnyAsync(), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(10)));
        await victim.KillAsync();
        var inFlight = racing.Count(t => !t.IsCompleted);
        var outcomes = await Task.WhenAll(racing);

        Assert.True(inFlight > 0, "Every learner had finished before the instance died; the test proved nothing.");
        Assert.Contains(cluster.Balancer.AccessLog(), e => e.AnsweredBy == victim.Port && e.Uri.StartsWith("/attempts/", StringComparison.Ordinal));
        // A post that was under way on the dying instance is answered 502 by nginx, never passed on (not idempotent).
        var refusals = outcomes.SelectMany(o => new[] { o.Save, o.Complete }).OfType<ReadyLearner.Refusal>().ToList();
        Assert.All(refusals, r => Assert.Equal(HttpStatusCode.BadGateway, r.Status));
        foreach (var (learner, outcome) in learners.Zip(outcomes))
        {
            var attempt = await direct.QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == learner.AttemptId);
            Assert.True(outcome.Save is not null || attempt.AnswersSavedAtUtc is not null, $"The accepted save of attempt {attempt.Id} is not in the database.");
            Assert.Null(outcome.Complete is null ? null : await learner.SubmitAndCompleteAsync()); // those turned away send again
        }

        var completions = await CompletionIntegrity.AssertConsistentAsync(direct, [.. learners.Select(l => l.AttemptId)]);
        Assert.Equal(Learners, completions.Count);
        TestContext.Current.SendDiagnosticMessage($"Kill: {inFlight} learners in flight, {refusals.Count} posts answered 502.");
        learners.ForEach(l => l.Dispose());
    }

    // Reads only: a form post that reaches an instance at the moment it closes its listener is answered 502 and
    // not passed on (not idempotent), so the rolling restart takes an instance out of nginx before stopping it.
    [Fact]
    public async Task An_instance_stopped_gracefully_finishes_its_requests_while_nginx_sends_new_reads_to_the_others()
    {
        await cluster.EnsureAllRunningAsync();
        // Sixteen at once: the pages are cheap enough that with fewer the instance is often idle at the signal.
        var learners = await ReadyLearner.PrepareManyAsync(cluster, Module, 16);
        var victim = cluster.Instances[^1];
        var load = LoadLoop.WorkingThrough(learners, saving: false);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var signalled = DateTimeOffset.UtcNow;
        await victim.TerminateAsync();
        var exit = await victim.WaitForExitAsync(TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await load.StopAsync();

        Assert.True(exit == 0, $"The stopped instance exited with {exit}:\n{victim.Transcript}");
        Assert.Empty(load.Failures);
        var log = cluster.Balancer.AccessLog();
        // Answered by the stopping instance after the signal: in flight then, or accepted before its listener closed.
        var finishedAfterSignal = log.Where(e => e.AnsweredBy == victim.Port && e.End > signalled).ToList();
        Assert.True(finishedAfterSignal.Count > 0, "No request was in flight on the instance when it was told to stop; the test proved nothing.");
        Assert.All(finishedAfterSignal, e => Assert.True(e.Status < 500, $"{e.Method} {e.Uri} answered {e.Status}"));
        Assert.Contains(log, e => e.Start > signalled.AddMilliseconds(500) && e.AnsweredBy != victim.Port);
        TestContext.Current.SendDiagnosticMessage($"Drain: {load.Count} requests, {finishedAfterSignal.Count} finished by the stopping instance after SIGTERM.");
        learners.ForEach(l => l.Dispose());
    }
}
