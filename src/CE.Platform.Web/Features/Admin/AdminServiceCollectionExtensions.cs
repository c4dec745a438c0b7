namespace CE.Platform.Web.Features.Admin;

public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<ContentStatusQuery>();
        return services;
    }
}
