using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;

namespace CE.Platform.Benchmarks;

/// <summary>
/// Times the item-analysis job on the seeded database: every scored attempt read (streamed, only the
/// needed columns), scored item by item and summarised per module over both scopes, reports stored.
/// Run twice: the first run also pays for start-up (JIT, connection pool, version cache); the second
/// is the steady-state number a nightly run sees. Writes --out FILE (JSON) when given.
/// </summary>
internal static class ItemAnalysisTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = await BenchHost.StartAsync(args);
        var cold = await TimeOnceAsync(app.Services);
        var warm = await TimeOnceAsync(app.Services);
        var (attempts, readSeconds) = await TimeReadingAsync(app.Services);
        Console.WriteLine($"item analysis: {attempts:N0} scored attempts, {warm.Modules} modules in {warm.Seconds:0.00} s " +
            $"(app CPU {warm.CpuSeconds:0.00} s; first run {cold.Seconds:0.00} s; reading the attempts alone {readSeconds:0.00} s; target < 2 s for 100,000)");
        if (app.Configuration["out"] is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
            {
                attempts, modules = warm.Modules, seconds = warm.Seconds, app_cpu_seconds = warm.CpuSeconds, first_run_seconds = cold.Seconds, read_seconds = readSeconds,
            }));
        }

        return 0;
    }

    /// <summary>The job's query streamed and dropped: how much of the run is the database and the wire.</summary>
    private static async Task<(int Attempts, double Seconds)> TimeReadingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var attempts = 0;
        await foreach (var _ in ScoredAttemptStream.ReadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>()))
        {
            attempts++;
        }

        return (attempts, watch.Elapsed.TotalSeconds);
    }

    private static async Task<(int Modules, double Seconds, double CpuSeconds)> TimeOnceAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var modules = await scope.ServiceProvider.GetRequiredService<ItemAnalysisJob>().RunAsync();
        return (modules, watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
