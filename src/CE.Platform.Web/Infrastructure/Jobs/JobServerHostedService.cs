using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Runs a Hangfire server in this process when <c>Jobs:RunServer</c> is true. Decided at start,
/// not at registration, so the setting can come from any configuration source.
/// </summary>
internal sealed class JobServerHostedService(JobStorage storage, IServiceScopeFactory scopes, IOptions<JobOptions> options) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RunServer)
        {
            server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = options.Value.WorkerCount,
                Queues = options.Value.Queues is { Length: > 0 } queues ? queues : [.. JobQueues.All],
                ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
                // This host's own scopes: Hangfire's registered activator can be the process-wide one,
                // which another host in the same process (tests) may have replaced.
                Activator = new AspNetCoreJobActivator(scopes),
            }, storage);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(cancellationToken);
        }
    }

    public void Dispose() => server?.Dispose();
}
