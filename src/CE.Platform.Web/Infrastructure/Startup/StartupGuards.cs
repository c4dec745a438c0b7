using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Security;

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
    }
}
