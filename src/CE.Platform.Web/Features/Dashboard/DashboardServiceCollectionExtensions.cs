namespace CE.Platform.Web.Features.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The coordinator's dashboard of charts, and the snapshots that keep a large organisation's cheap to serve.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section);
        services.AddScoped<DashboardSnapshots>();
        services.AddScoped<DashboardSnapshotJob>();
        return services.AddScoped<DashboardQuery>();
    }
}
