namespace CE.Platform.Web.Features.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The coordinator's dashboard of charts.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddScoped<DashboardQuery>();
}
