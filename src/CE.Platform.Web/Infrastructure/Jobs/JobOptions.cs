namespace CE.Platform.Web.Infrastructure.Jobs;

public sealed class JobOptions
{
    /// <summary>Run a Hangfire server in this process. Turn off on web-only instances when workers run elsewhere.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = Math.Min(Environment.ProcessorCount * 2, 8);

    /// <summary>The queues this process's server takes jobs from; unset means every queue (<see cref="JobQueues.All"/>).</summary>
    public string[]? Queues { get; set; }

    /// <summary>How often an idle worker looks for a new job: the longest a queued email waits before it is sent.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>For SQLite: the Hangfire database file, relative to the content root.</summary>
    public string SqlitePath { get; set; } = "data/hangfire.db";
}
