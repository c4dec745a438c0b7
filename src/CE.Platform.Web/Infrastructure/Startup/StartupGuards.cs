namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>Settings that must never be combined, checked before anything is built.</summary>
public static class StartupGuards
{
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction() && configuration.GetValue<bool>("Seed:DemoAccounts"))
        {
            throw new StartupException("Seed:DemoAccounts is true in Production; demo accounts with known passwords are never created there.");
        }
    }
}
