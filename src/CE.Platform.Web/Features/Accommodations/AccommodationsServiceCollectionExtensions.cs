namespace CE.Platform.Web.Features.Accommodations;

public static class AccommodationsServiceCollectionExtensions
{
    public static IServiceCollection AddAccommodations(this IServiceCollection services)
    {
        services.AddScoped<AccommodationQuery>();
        services.AddScoped<AccommodationService>();
        return services;
    }
}
