using CE.Platform.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CE.Platform.Web.Features.Learning;

public static class LearningServiceCollectionExtensions
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddScoped<CatalogQuery>();
        services.AddScoped<ModuleReader>();
        services.AddScoped<DashboardQuery>();
        services.AddOptions<ProgressCacheOptions>().BindConfiguration(ProgressCacheOptions.Section);
        services.AddSingleton<ProgressCache>();
        services.AddSingleton<IInterceptor, ProgressCacheEviction>();
        services.AddHostedService<ProgressChangeListener>();
        return services;
    }
}
