using CE.Platform.Web;
using CE.Platform.Web.Infrastructure.Startup;

namespace CE.Platform.Benchmarks;

/// <summary>
/// The app's own services (same configuration keys as the app) on the configured database,
/// migrated and with the courses imported, for the bench commands that work in process.
/// </summary>
internal static class BenchHost
{
    public static async Task<WebApplication> StartAsync(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPlatform(builder.Configuration);
        builder.Services.AddScoped<BenchmarkSeeder>();
        builder.Services.AddScoped<BulkSeeder>();
        builder.Services.AddScoped<BulkCopy>();
        builder.Services.AddScoped<QuizPool>();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        await app.PrepareAsync();
        return app;
    }
}
