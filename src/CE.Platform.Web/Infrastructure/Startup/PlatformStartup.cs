using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Import;
using CE.Platform.Web.Infrastructure.Jobs;

namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>What runs once before the app serves requests: schema, roles, demo data, course import, job schedules.</summary>
public static class PlatformStartup
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
        await services.GetRequiredService<AccountProvisioning>().EnsureRolesAsync();
        await services.GetRequiredService<DemoAccountSeeder>().SeedAsync(Console.Out);
        // An invalid course is logged and skipped; the site keeps serving its previous version.
        await services.GetRequiredService<ContentImporter>().ImportAsync(services.GetRequiredService<CoursesFolder>().Path);
        services.GetRequiredService<RecurringJobs>().Register();
    }
}
