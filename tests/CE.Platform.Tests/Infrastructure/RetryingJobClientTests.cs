using CE.Platform.Web.Infrastructure.Jobs;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Npgsql;

namespace CE.Platform.Tests.Infrastructure;

public sealed class RetryingJobClientTests
{
    private static readonly Job AnyJob = Job.FromExpression(() => Console.WriteLine());

    [Fact]
    public void A_job_whose_storage_connection_was_closed_is_queued_on_a_later_attempt()
    {
        var storage = new FailingClient(failures: RetryingJobClient.Retries, Closed);

        Assert.Equal("job-1", new RetryingJobClient(storage).Create(AnyJob, new EnqueuedState()));
        Assert.Equal(RetryingJobClient.Retries + 1, storage.Attempts);
    }

    [Fact]
    public void A_storage_that_keeps_failing_is_reported_after_the_retries()
    {
        var storage = new FailingClient(failures: RetryingJobClient.Retries + 1, Closed);

        Assert.Throws<BackgroundJobClientException>(() => new RetryingJobClient(storage).Create(AnyJob, new EnqueuedState()));
        Assert.Equal(RetryingJobClient.Retries + 1, storage.Attempts);
    }

    [Fact]
    public void A_failure_that_is_not_the_connection_is_not_tried_again()
    {
        var storage = new FailingClient(failures: 1, () => new InvalidOperationException("The job cannot be serialised."));

        Assert.Throws<BackgroundJobClientException>(() => new RetryingJobClient(storage).Create(AnyJob, new EnqueuedState()));
        Assert.Equal(1, storage.Attempts);
    }

    // What Npgsql throws when it writes to a connection the server closed.
    private static NpgsqlException Closed() => new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe"));

    private sealed class FailingClient(int failures, Func<Exception> failure) : IBackgroundJobClientV2
    {
        public int Attempts { get; private set; }

        public JobStorage Storage => throw new NotSupportedException();

        public string Create(Job job, IState state) => Create(job, state, null);

        public string Create(Job job, IState state, IDictionary<string, object>? parameters) =>
            ++Attempts <= failures ? throw new BackgroundJobClientException("Background job creation failed.", failure()) : $"job-{Attempts - failures}";

        public bool ChangeState(string jobId, IState state, string expectedState) => throw new NotSupportedException();
    }
}
