using System.Net;
using CE.Platform.Testing;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// PostgreSQL goes away while learners are submitting and completing modules: the app reports it
/// is not ready, comes back by itself, and leaves no half-written attempt, completion or certificate.
/// The server is shared, so the outage is a proxy between the app and it being cut.
/// </summary>
public sealed class DatabaseOutageTests(ProxiedPostgreSqlAppFixture app) : IClassFixture<ProxiedPostgreSqlAppFixture>
{
    private const string Module = "ketamine-pharmacology";
    private const int Learners = 24;

    [Fact]
    public async Task Losing_the_database_mid_completion_answers_503_recovers_without_restart_and_leaves_nothing_half_written()
    {
        var learners = new List<ReadyLearner>();
        for (var i = 0; i < Learners; i++)
        {
            learners.Add(await ReadyLearner.PrepareAsync(app, Module));
        }

        await using var direct = app.Database.CreateContext();
        using var probe = app.NewClient();
        var racing = learners.Select(l => Task.Run(l.SubmitAndCompleteAsync)).ToList();
        // Cut as soon as the first certificate is written: the other learners are then mid-way.
        Assert.True(await Eventually.TrueAsync(() => direct.Certificates.AnyAsync(), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(10)));
        app.Proxy.Cut();
        var inFlight = racing.Count(t => !t.IsCompleted);

        using var down = await probe.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        app.Proxy.Restore();

        var refusals = await Task.WhenAll(racing);
        Assert.True(inFlight > 0, "Every learner had finished before the database went away; the test proved nothing.");
        Assert.All(refusals.OfType<ReadyLearner.Refusal>(), r =>
        {
            Assert.Equal(HttpStatusCode.InternalServerError, r.Status);
            Assert.Contains("Something went wrong", r.Body, StringComparison.Ordinal);
        });
        Assert.True(await Eventually.TrueAsync(async () => (await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30)),
            "Readiness did not return to 200 after the database came back.");

        // Those turned away send their forms again, and someone new completes: all succeed.
        foreach (var (learner, refusal) in learners.Zip(refusals))
        {
            Assert.Null(refusal is null ? null : await learner.SubmitAndCompleteAsync());
        }

        using var newcomer = await ReadyLearner.PrepareAsync(app, Module);
        Assert.Null(await newcomer.SubmitAndCompleteAsync());
        var completions = await CompletionIntegrity.AssertConsistentAsync(direct, [.. learners.Select(l => l.AttemptId), newcomer.AttemptId]);
        Assert.Equal(Learners + 1, completions.Count);
        TestContext.Current.SendDiagnosticMessage($"Outage: {inFlight} learners in flight, {refusals.Count(r => r is not null)} turned away, {app.Proxy.Accepted} connections through the proxy.");
        learners.ForEach(l => l.Dispose());
    }
}
