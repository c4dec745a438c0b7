namespace CE.Platform.Web.Features.Scorm;

public static class ScormServiceCollectionExtensions
{
    public static IServiceCollection AddScorm(this IServiceCollection services)
    {
        services.AddSingleton<ScormTokens>();
        services.AddSingleton<ScormPackage>();
        services.AddScoped<ScormDispatches>();
        services.AddScoped<ScormRegistrations>();
        services.AddScoped<ScormLaunchRequests>();
        services.AddScoped<ScormLaunchOpening>();
        services.AddScoped<ScormStatusQuery>();
        return services;
    }
}
