using CE.Platform.Web.Data;
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

    /// <summary>The rate limits (each must allow at least one request) and how often each instance looks for a new import.</summary>
    private static void CheckClusterSettings(WebApplication app)
    {
        TimeSpan interval;
        try
        {
            _ = app.Services.GetRequiredService<IOptions<RateLimitPolicies>>().Value;
            interval = app.Configuration.GetValue("Courses:ImportCheckInterval", TimeSpan.FromSeconds(1));
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException($"A rate limit or Courses:ImportCheckInterval is not a valid value: {e.Message}", e);
        }

        if (interval < TimeSpan.FromMilliseconds(100) || interval > TimeSpan.FromHours(1))
        {
            throw new StartupException($"Courses:ImportCheckInterval is {interval}; it must be between 00:00:00.1 and 01:00:00 (default 00:00:01).");
        }
    }
}
