using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        // Registered before AddHangfire so Hangfire uses this instance, not the process-wide JobStorage.Current.
        services.AddSingleton(sp => JobStorageFactory.Create(
            sp.GetRequiredService<DatabaseSettings>(),
            sp.GetRequiredService<IOptions<JobOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // Before AddHangfire, which only adds its own client when none is registered.
        services.AddSingleton<IBackgroundJobClient>(sp => new RetryingJobClient(new BackgroundJobClient(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>())));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHostedService<JobServerHostedService>();
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
