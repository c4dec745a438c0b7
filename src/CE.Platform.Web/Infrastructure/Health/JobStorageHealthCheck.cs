using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CE.Platform.Web.Infrastructure.Health;

/// <summary>Ready only when the job storage answers a query.</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage is not reachable.", e));
        }
    }
}
