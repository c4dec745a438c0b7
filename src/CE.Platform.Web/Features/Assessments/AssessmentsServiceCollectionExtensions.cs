namespace CE.Platform.Web.Features.Assessments;

public static class AssessmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AttemptCloser>();
        services.AddScoped<AttemptStarter>();
        services.AddScoped<AttemptAnswering>();
        services.AddScoped<AttemptResults>();
        services.AddScoped<CompletionService>();
        services.AddScoped<ExpiredAttemptsJob>();
        services.AddScoped<AssessmentSummaryQuery>();
        return services;
    }
}
