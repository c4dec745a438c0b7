using System.Data.Common;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire's client, queueing a job again on a new storage connection when the first failed transiently.
/// Hangfire's connections are outside EF's retrying strategy: after a PostgreSQL restart, a web-only instance
/// (no job server polling to discard them) still pools connections the restart closed, and the first job it
/// queued, after the request's own data was committed, failed the request. Npgsql discards a connection that
/// failed, so a new attempt reaches a live one; Hangfire's own retry would reuse the same storage connection.
/// </summary>
public sealed class RetryingJobClient(IBackgroundJobClientV2 inner) : IBackgroundJobClientV2
{
    /// <summary>Attempts after the first: each takes one closed connection out of the pool.</summary>
    public const int Retries = 3;

    public JobStorage Storage => inner.Storage;

    public string Create(Job job, IState state) => Create(job, state, null);

    public string Create(Job job, IState state, IDictionary<string, object>? parameters) => Retried(() => inner.Create(job, state, parameters));

    public bool ChangeState(string jobId, IState state, string expectedState) => Retried(() => inner.ChangeState(jobId, state, expectedState));

    private static T Retried<T>(Func<T> action)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return action();
            }
            catch (BackgroundJobClientException e) when (retry < Retries && e.InnerException is DbException { IsTransient: true })
            {
                // Try again at once: the connection that failed is gone from the pool.
            }
        }
    }
}
