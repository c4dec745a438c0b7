using Hangfire;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Runs a Hangfire server in this process when <c>Jobs:RunServer</c> is true. Decided at start,
/// not at registration, so the setting can come from any configuration source.
/// </summary>
internal sealed class JobServerHostedService(JobStorage storage, JobActivator activator, IOptions<JobOptions> options) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RunServer)
        {
            server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = options.Value.WorkerCount,
                ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
                Activator = activator,
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
