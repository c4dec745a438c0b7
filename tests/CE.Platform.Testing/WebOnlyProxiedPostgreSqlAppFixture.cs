namespace CE.Platform.Testing;

/// <summary>
/// A web-only instance (no Hangfire server) behind the cut-able proxy: nothing of its own touches the job
/// queue's connections between requests, as on the web instances of a cluster.
/// </summary>
public sealed class WebOnlyProxiedPostgreSqlAppFixture : ProxiedPostgreSqlAppFixture
{
    protected override bool RunsJobs => false;
}
