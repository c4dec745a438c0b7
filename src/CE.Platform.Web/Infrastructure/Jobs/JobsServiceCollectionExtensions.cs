using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Hangfire;

namespace CE.Platform.Web.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database, string contentRoot)
    {
        var options = configuration.GetSection("Jobs").Get<JobOptions>() ?? new JobOptions();
        // Registered before AddHangfire so Hangfire uses this instance, not the process-wide JobStorage.Current.
        services.AddSingleton(_ => JobStorageFactory.Create(database, options, contentRoot));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.RunServer)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        services.AddTransient<RecurringJobs>();
        return services;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        var storage = endpoints.ServiceProvider.GetRequiredService<JobStorage>();
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DashboardTitle = "CE.Platform jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }, storage).RequireAuthorization(Policies.Admin);
        return endpoints;
    }
}
