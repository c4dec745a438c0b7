using CE.Platform.Web.Features.Content.Import;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Rendering;

namespace CE.Platform.Web.Features.Content;

public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton<CoursesFolder>();
        services.AddSingleton<CourseFolderReader>();
        services.AddSingleton<ModuleRenderer>();
        services.AddScoped<ContentImporter>();
        services.AddMemoryCache();
        services.AddSingleton<ModuleVersionCache>();
        services.AddScoped<ModuleDirectory>();
        services.AddSingleton<ContentEpoch>();
        services.AddHostedService<ContentEpochWatcher>();
        return services;
    }
}
