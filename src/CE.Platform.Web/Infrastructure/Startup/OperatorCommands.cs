using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Quality;
using CE.Platform.Web.Features.Records;

namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>
/// Commands for operators, run instead of the web server:
/// <c>migrate</c>, <c>create-admin --email … --password … [--name …]</c>, <c>courses validate [--strict] [folder]</c>,
/// <c>courses audit-guessing [folder]</c>, <c>courses import [folder]</c>,
/// <c>database backup|restore &lt;file&gt;</c>.
/// </summary>
public static class OperatorCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
                Console.WriteLine("The database schema is up to date.");
                return 0;
            case "create-admin":
                return await CreateAdminAsync(services, app.Configuration);
            case "courses" when args.ElementAtOrDefault(1) is "validate" or "audit-guessing":
                return await CourseCommands.RunAsync(services, args);
            case "courses":
                await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
                return await CourseCommands.RunAsync(services, args);
            case "database":
                return await DatabaseCommands.RunAsync(services.GetRequiredService<DatabaseSettings>(), args, app.Configuration);
            case "certificates":
                return await CertificateCommands.RunAsync(args, app.Configuration);
            case "records" when args.ElementAtOrDefault(1) == "purge":
                await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
                return await RecordsCommands.PurgeAsync(services, app.Configuration);
            case "accounts" when args.ElementAtOrDefault(1) == "anonymise":
                await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
                return await RecordsCommands.AnonymiseAsync(services, app.Configuration);
            case "accounts" when args.ElementAtOrDefault(1) == "reset-two-factor":
                await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
                return await TwoFactorCommands.ResetAsync(services, app.Configuration);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: migrate, create-admin --email E --password P [--name N], courses validate [--strict] [folder], {GuessingAuditOptions.Usage}, courses import [folder], certificates verify <record.jws> --keys <jwks.json>, records purge --older-than-years N [--confirm true], accounts anonymise --email E, accounts reset-two-factor --email E, {DatabaseCommands.Usage}.");
                return 64;
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, IConfiguration configuration)
    {
        // The command line is also a configuration source, so --email x arrives as the key "email".
        var email = configuration["email"];
        var password = configuration["password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            await Console.Error.WriteLineAsync("create-admin needs --email and --password.");
            return 64;
        }

        await services.GetRequiredService<DatabasePreparation>().MigrateAsync();
        var provisioning = services.GetRequiredService<AccountProvisioning>();
        await provisioning.EnsureRolesAsync();
        try
        {
            var created = await provisioning.CreateConfirmedAsync(email, configuration["name"] ?? "Administrator", password, Roles.Learner, Roles.Admin);
            if (created is null)
            {
                await Console.Error.WriteLineAsync($"An account for {email} already exists; nothing was changed.");
                return 1;
            }
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        Console.WriteLine($"Created administrator {email}.");
        return 0;
    }
}
