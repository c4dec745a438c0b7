using CE.Platform.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CE.Platform.Testing;

/// <summary>The real app, in process, on a throw-away database, with mail written to the database's folder.</summary>
public sealed class CePlatformFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    public string MailFolder => Path.Combine(database.Folder, "mail");

    /// <summary>Settings for a job server that runs every queue, as in production.</summary>
    public static IReadOnlyDictionary<string, string?> EveryJobQueue { get; } = new Dictionary<string, string?>
    {
        ["Jobs:RunServer"] = "true",
        ["Jobs:Queues:0"] = JobQueues.AccountMail,
        ["Jobs:Queues:1"] = JobQueues.Default,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Email:PickupFolder"] = MailFolder,
            ["Jobs:SqlitePath"] = Path.Combine(database.Folder, "hangfire.db"),
            // Account mail is sent by jobs, so a server runs for that queue alone (polling often, one worker);
            // other jobs stay queued for the tests that run them by hand. JobServerAppFixture runs every queue.
            ["Jobs:RunServer"] = "true",
            ["Jobs:Queues:0"] = JobQueues.AccountMail,
            ["Jobs:WorkerCount"] = "1",
            ["Jobs:QueuePollInterval"] = "00:00:00.100",
            ["Seed:DemoAccounts"] = "false",
            ["Site:PublicUrl"] = "http://localhost",
            ["Logging:LogLevel:Default"] = "Warning",
            // Every test client shares one address; rate-limit tests set their own limit.
            ["Certificates:NumberLookupsPerMinute"] = "100000",
            ["Certificates:TokenLookupsPerMinute"] = "100000",
            ["RateLimits:AccountFormsPerMinute"] = "100000",
            ["RateLimits:QuizPostsPerMinute"] = "100000",
            ["RateLimits:LtiLoginsPerMinute"] = "100000",
            ["RateLimits:ScormLaunchesPerMinute"] = "100000",
            // Staff accounts made for tests sign in with a password alone; two-factor tests turn this on.
            ["Security:RequireTwoFactorForRoles"] = "",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        // Hangfire keeps its log provider in a static; with several hosts in one test process, a
        // disposed host's LoggerFactory would be left there. One shared, never-disposed factory avoids that.
        builder.ConfigureServices(collection =>
        {
            collection.AddSingleton(SharedLoggerFactory);
            services?.Invoke(collection);
        });
    }

    private static readonly ILoggerFactory SharedLoggerFactory =
        LoggerFactory.Create(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
}
