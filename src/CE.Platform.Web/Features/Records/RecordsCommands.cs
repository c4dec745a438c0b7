using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Records;

/// <summary>
/// <c>records purge --older-than-years N [--confirm]</c> (a dry run without --confirm) and
/// <c>accounts anonymise --email E</c>.
/// </summary>
public static class RecordsCommands
{
    public static async Task<int> PurgeAsync(IServiceProvider services, IConfiguration configuration)
    {
        if (!int.TryParse(configuration["older-than-years"], out var years))
        {
            await Console.Error.WriteLineAsync("Usage: records purge --older-than-years N [--confirm true]");
            return 64;
        }

        var purge = services.GetRequiredService<RecordsPurge>();
        var (plan, refusal) = purge.Plan(years);
        if (plan is null)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }

        Console.WriteLine(plan);
        if (!configuration.GetValue<bool>("confirm"))
        {
            Console.WriteLine("Dry run: nothing was removed. Add --confirm true to remove these records.");
            return 0;
        }

        await purge.PurgeAsync(plan);
        Console.WriteLine("Removed.");
        return 0;
    }

    public static async Task<int> AnonymiseAsync(IServiceProvider services, IConfiguration configuration)
    {
        var user = configuration["email"] is { } email ? await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) : null;
        if (user is null)
        {
            await Console.Error.WriteLineAsync("Usage: accounts anonymise --email E (an existing account).");
            return 64;
        }

        await services.GetRequiredService<AccountAnonymiser>().AnonymiseAsync(user.Id);
        Console.WriteLine("The account was anonymised; its learning records and certificates are kept.");
        return 0;
    }
}
