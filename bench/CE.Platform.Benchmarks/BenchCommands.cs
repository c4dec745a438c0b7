using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Benchmarks;

/// <summary>The bench tool's data commands; each runs in process against the configured database.</summary>
internal static class BenchCommands
{
    /// <summary>--learners N [--org-sizes 1000,10000,50000] [--bulk]: the bulk path (PostgreSQL COPY) when either of the last two is given.</summary>
    public static async Task<int> SeedAsync(string[] args)
    {
        await using var app = await BenchHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var learners = app.Configuration.GetValue("learners", SeedSize.Full.Learners);
        var sizes = OrganisationSizes(app.Configuration["org-sizes"]);
        var started = DateTime.UtcNow;
        if (sizes is not null || app.Configuration.GetValue("bulk", false))
        {
            var bulk = await scope.ServiceProvider.GetRequiredService<BulkSeeder>().SeedAsync(learners, sizes ?? [], Console.WriteLine);
            Console.WriteLine($"Bulk-seeded {bulk.Learners:N0} learners ({string.Join(", ", bulk.Rows.Select(r => $"{r.Value:N0} {r.Key}"))}) in {(DateTime.UtcNow - started).TotalSeconds:0} s; " +
                $"COPY time per table: {string.Join(", ", bulk.CopyTimes.Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s"))}.");
            return 0;
        }

        var size = learners == SeedSize.Full.Learners ? SeedSize.Full : SeedSize.Scaled(learners);
        var result = await scope.ServiceProvider.GetRequiredService<BenchmarkSeeder>().SeedAsync(size, Console.WriteLine);
        Console.WriteLine($"Seeded {result} in {(DateTime.UtcNow - started).TotalSeconds:0} s.");
        return 0;
    }

    // "1000,10000,50000" (also "1k,10k,50k"); null when not given.
    private static List<int>? OrganisationSizes(string? text) => text is null ? null :
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s =>
            int.TryParse(s.TrimEnd('k', 'K'), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
                ? (s.EndsWith('k') || s.EndsWith('K') ? n * 1000 : n)
                : throw new ArgumentException($"--org-sizes takes positive whole numbers separated by commas (e.g. 1000,10000,50000); \"{s}\" is not one."))];

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
