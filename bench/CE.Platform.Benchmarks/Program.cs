using BenchmarkDotNet.Running;
using CE.Platform.Benchmarks;
using CE.Platform.Web;
using CE.Platform.Web.Infrastructure.Startup;

// seed [--learners N]: migrate, import the courses and seed the data set into the configured database.
// Anything else runs the BenchmarkDotNet suites (e.g. --filter *Render*).
if (args.FirstOrDefault() == "seed")
{
    var builder = WebApplication.CreateBuilder(args[1..]);
    builder.Services.AddPlatform(builder.Configuration);
    builder.Services.AddScoped<BenchmarkSeeder>();
    var app = builder.Build();
    await app.PrepareAsync();
    await using var scope = app.Services.CreateAsyncScope();
    var learners = builder.Configuration.GetValue("learners", SeedSize.Full.Learners);
    var size = learners == SeedSize.Full.Learners ? SeedSize.Full : SeedSize.Scaled(learners);
    var started = DateTime.UtcNow;
    var result = await scope.ServiceProvider.GetRequiredService<BenchmarkSeeder>().SeedAsync(size, Console.WriteLine);
    Console.WriteLine($"Seeded {result} in {(DateTime.UtcNow - started).TotalSeconds:0} s.");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SeedSize).Assembly).Run(args);
return 0;
