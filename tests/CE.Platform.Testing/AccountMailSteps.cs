using CE.Platform.Web.Infrastructure.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>Account mail is sent by jobs after the answer; a test that expects no mail waits for them first.</summary>
public static class AccountMailSteps
{
    /// <summary>Waits until every queued account email has been sent or found not to apply.</summary>
    public static async Task WaitUntilQueueIsEmptyAsync(AppFixture app)
    {
        var monitor = app.Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        // A job stays in its queue, as fetched, until it has finished.
        var empty = await Eventually.TrueAsync(
            () => Task.FromResult(monitor.EnqueuedCount(JobQueues.AccountMail) + monitor.FetchedCount(JobQueues.AccountMail) == 0),
            TimeSpan.FromSeconds(10));
        Assert.True(empty, "Account mail jobs were still queued after 10 s.");
    }
}
