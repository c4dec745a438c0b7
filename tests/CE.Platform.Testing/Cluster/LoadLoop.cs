using System.Collections.Concurrent;
using System.Net;

namespace CE.Platform.Testing.Cluster;

/// <summary>
/// Clients sending requests one after another until stopped (bounded by a deadline), recording what the
/// balancer answered: what a user of the site saw while instances were stopped, started or killed.
/// </summary>
public sealed class LoadLoop
{
    private readonly ConcurrentQueue<(string Request, HttpStatusCode? Status, string? Error)> answers = new();
    private readonly CancellationTokenSource stop = new(TimeSpan.FromMinutes(2));
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(25);
    private readonly Task[] workers;

    /// <summary>Starts one worker per step; each step sends one request and returns what it was and its status.</summary>
    public LoadLoop(IEnumerable<Func<Task<(string Request, HttpStatusCode Status)>>> steps) =>
        workers = [.. steps.Select(step => Task.Run(() => RunAsync(step)))];

    private int resent;

    public int Count => answers.Count;

    /// <summary>Requests sent a second time because the first got no answer at all (see <see cref="RunAsync"/>).</summary>
    public int Resent => Volatile.Read(ref resent);

    /// <summary>Each learner in turn opens their attempt and saves their answers (or, without <paramref name="saving"/>,
    /// opens their dashboard), as someone working through a quiz.</summary>
    public static LoadLoop WorkingThrough(IEnumerable<ReadyLearner> learners, bool saving) => new(learners.Select(learner =>
    {
        var turn = 0;
        return (Func<Task<(string, HttpStatusCode)>>)(async () =>
        {
            if (turn++ % 2 == 0)
            {
                using var page = await learner.Client.GetAsync($"/attempts/{learner.AttemptId}");
                return ($"GET /attempts/{learner.AttemptId}", page.StatusCode);
            }

            if (!saving)
            {
                using var dashboard = await learner.Client.GetAsync("/learning");
                return ("GET /learning", dashboard.StatusCode);
            }

            var refusal = await learner.SaveAsync();
            return ($"POST /attempts/{learner.AttemptId}/save", refusal?.Status ?? HttpStatusCode.Redirect);
        });
    }));

    /// <summary>Answers of 500 or more, and requests that got no answer at all.</summary>
    public IReadOnlyList<string> Failures =>
        [.. answers.Where(a => a.Status is null or >= HttpStatusCode.InternalServerError).Select(a => $"{a.Request}: {(a.Status is { } s ? (int)s : a.Error)}")];

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        stop.Dispose();
    }

    private async Task RunAsync(Func<Task<(string Request, HttpStatusCode Status)>> step)
    {
        var resending = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var (request, status) = await step();
                answers.Enqueue((request, status, null));
                resending = false;
                await Task.Delay(Pace); // a person's pace, not a benchmark's: the cluster shares 2 cores with the test
            }
            catch (HttpRequestException) when (!resending)
            {
                // A browser sends a request again, once, when the kept-alive connection it reused was closed before
                // any answer came (nginx's old workers close their idle connections at a reload); so does this client.
                resending = true;
                Interlocked.Increment(ref resent);
            }
            catch (HttpRequestException e)
            {
                answers.Enqueue(("a request sent twice", null, $"{e.Message} {e.InnerException?.Message}"));
                resending = false;
            }
        }
    }
}
