namespace CE.Platform.Web.Features.Admin;

public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<ContentStatusQuery>();
        services.AddScoped<EvaluationReportQuery>();
        services.AddScoped<EvaluationCommentsQuery>();
        services.AddScoped<AuditLogQuery>();
        services.AddScoped<BoardReportQuery>();
        services.AddScoped<ItemAnalysisQuery>();
        return services;
    }
}
