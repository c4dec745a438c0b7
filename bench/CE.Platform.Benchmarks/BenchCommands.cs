using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Benchmarks;

/// <summary>The bench tool's data commands; each runs in process against the configured database.</summary>
internal static class BenchCommands
{
    public static async Task<int> SeedAsync(string[] args)
    {
        await using var app = await BenchHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var learners = app.Configuration.GetValue("learners", SeedSize.Full.Learners);
        var size = learners == SeedSize.Full.Learners ? SeedSize.Full : SeedSize.Scaled(learners);
        var started = DateTime.UtcNow;
        var result = await scope.ServiceProvider.GetRequiredService<BenchmarkSeeder>().SeedAsync(size, Console.WriteLine);
        Console.WriteLine($"Seeded {result} in {(DateTime.UtcNow - started).TotalSeconds:0} s.");
        return 0;
    }

    /// <summary>--submitters 32 --attempts-each 600 --out FILE: one line per open attempt (id, email, answers).</summary>
    public static async Task<int> QuizPoolAsync(string[] args)
    {
        await using var app = await BenchHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var pool = await scope.ServiceProvider.GetRequiredService<QuizPool>()
            .CreateAsync(app.Configuration.GetValue("submitters", 32), app.Configuration.GetValue("attempts-each", 600));
        await File.WriteAllLinesAsync(Required(app.Configuration, "out"), pool.Select(e => e.ToLine()));
        Console.WriteLine($"{pool.Count} open attempts for {pool.Select(e => e.Email).Distinct().Count()} submitters.");
        return 0;
    }

    /// <summary>--pool FILE --accepted N --sent N: exits 1 when a submission was lost, scored wrong, or an attempt appeared.</summary>
    public static async Task<int> QuizCheckAsync(string[] args)
    {
        await using var app = await BenchHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var pool = (await File.ReadAllLinesAsync(Required(app.Configuration, "pool"))).Select(PoolEntry.Parse).ToList();
        var accepted = app.Configuration.GetValue<long>("accepted");
        var sent = app.Configuration.GetValue<long>("sent");
        var result = await ActivatorUtilities.CreateInstance<QuizLoadCheck>(scope.ServiceProvider).CheckAsync(pool);
        Console.WriteLine($"{result.Submitted} submitted of {result.Pool} open attempts ({accepted} submissions accepted, {sent} sent); " +
            $"{result.Saved} saved and still open; lost {result.Lost(accepted)}, answers differing {result.WrongAnswers}, scores differing {result.WrongScores}, attempts created by the run {result.CreatedByRun}");
        return result.Clean(accepted, sent) ? 0 : 1;
    }

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : throw new ArgumentException($"--{key} is required");
}
