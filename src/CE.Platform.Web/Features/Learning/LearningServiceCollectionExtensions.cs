using CE.Platform.Web.Features.Catalog;

namespace CE.Platform.Web.Features.Learning;

public static class LearningServiceCollectionExtensions
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddScoped<CatalogQuery>();
        services.AddScoped<ModuleReader>();
        services.AddScoped<DashboardQuery>();
        return services;
    }
}
