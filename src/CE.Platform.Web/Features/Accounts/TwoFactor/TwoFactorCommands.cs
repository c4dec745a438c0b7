using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary><c>accounts reset-two-factor --email E</c>: for a person who lost both their phone and their recovery codes.</summary>
public static class TwoFactorCommands
{
    public static async Task<int> ResetAsync(IServiceProvider services, IConfiguration configuration)
    {
        var user = configuration["email"] is { } email ? await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) : null;
        if (user is null)
        {
            await Console.Error.WriteLineAsync("Usage: accounts reset-two-factor --email E (an existing account).");
            return 64;
        }

        await services.GetRequiredService<TwoFactorEnrolment>().TurnOffAsync(user, "by an operator");
        Console.WriteLine("Two-factor sign-in is off and the account's sessions end within 5 minutes; the person signs in with the password and enrols again.");
        return 0;
    }
}
