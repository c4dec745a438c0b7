using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Dashboard;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Infrastructure.RateLimiting;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>Settings that must be valid, or never combined, checked before the app does anything.</summary>
public static class StartupGuards
{
    public static void Check(WebApplication app)
    {
        if (app.Environment.IsProduction() && app.Configuration.GetValue<bool>("Seed:DemoAccounts"))
        {
            throw new StartupException("Seed:DemoAccounts is true in Production; demo accounts with known passwords are never created there.");
        }

        // Reading the settings validates Database:Provider and ConnectionStrings:Default, and loads the
        // Data Protection certificates, so a bad one stops start-up rather than the first sign-in.
        _ = app.Services.GetRequiredService<DatabaseSettings>();
        _ = app.Services.GetRequiredService<DataProtectionCertificates>();
        CheckClusterSettings(app);
    }

    /// <summary>The rate limits (each must allow at least one request) and how often each instance looks for what others changed, and how long it may serve what it kept.</summary>
    private static void CheckClusterSettings(WebApplication app)
    {
        _ = Read("A rate limit", () => app.Services.GetRequiredService<IOptions<RateLimitPolicies>>().Value);
        CheckInterval(app.Configuration, "Courses:ImportCheckInterval");
        CheckInterval(app.Configuration, "Security:SessionEndCheckInterval");
        CheckOptions<ProgressCacheOptions>(app, "A Learning:ProgressCache setting", o => o.Problem());
        CheckOptions<DashboardOptions>(app, "A Dashboard setting", o => o.Problem());
    }

    private static void CheckOptions<T>(WebApplication app, string what, Func<T, string?> problem)
        where T : class
    {
        if (problem(Read(what, () => app.Services.GetRequiredService<IOptions<T>>().Value)) is { } found)
        {
            throw new StartupException(found);
        }
    }

    private static void CheckInterval(IConfiguration configuration, string key)
    {
        var interval = Read(key, () => configuration.GetValue(key, TimeSpan.FromSeconds(1)));
        if (interval < TimeSpan.FromMilliseconds(100) || interval > TimeSpan.FromHours(1))
        {
            throw new StartupException($"{key} is {interval}; it must be between 00:00:00.1 and 01:00:00 (default 00:00:01).");
        }
    }

    // Binding a setting that does not parse throws InvalidOperationException; start-up says which setting.
    private static T Read<T>(string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException($"{what} is not a valid value: {e.Message}", e);
        }
    }
}
