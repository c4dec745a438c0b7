namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

public static class ItemAnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddItemAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ItemAnalysisOptions>(configuration.GetSection("ItemAnalysis"));
        services.AddScoped<ItemAnalysisJob>();
        return services;
    }
}
