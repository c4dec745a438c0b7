using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Creates learner@, coordinator@ and admin@example.org for trying the site. Off unless
/// <c>Seed:DemoAccounts=true</c>, and refused in Production by <see cref="Infrastructure.Startup.StartupGuards"/>.
/// </summary>
public sealed class DemoAccountSeeder(AccountProvisioning provisioning, IOptions<DemoSeedOptions> options, ILogger<DemoAccountSeeder> logger)
{
    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Accounts =
    [
        ("learner@example.org", "Dana Learner, RN", Roles.Learner),
        ("coordinator@example.org", "Casey Coordinator, MSN, RN", Roles.Coordinator),
        ("admin@example.org", "Alex Admin", Roles.Admin),
    ];

    public async Task SeedAsync(TextWriter console)
    {
        if (!options.Value.DemoAccounts)
        {
            return;
        }

        var password = string.IsNullOrEmpty(options.Value.DemoPassword)
            ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16)
            : options.Value.DemoPassword;
        var created = new List<string>();
        foreach (var (email, name, role) in Accounts)
        {
            var roles = role == Roles.Learner ? [Roles.Learner] : new[] { Roles.Learner, role };
            if (await provisioning.CreateConfirmedAsync(email, name, password, roles) is not null)
            {
                created.Add(email);
            }
        }

        if (created.Count == 0)
        {
            await console.WriteLineAsync($"Demo accounts: {string.Join(", ", Accounts.Select(a => a.Email))} (already created; password as printed then, or Seed:DemoPassword).");
            return;
        }

        logger.LogInformation("Created demo accounts {Accounts}", created);
        await console.WriteLineAsync("Demo accounts created (this password is printed only now):");
        foreach (var email in created)
        {
            await console.WriteLineAsync($"  {email}  password: {password}");
        }
    }
}
