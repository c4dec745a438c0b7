using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Email;
using CE.Platform.Web.Infrastructure.Health;
using CE.Platform.Web.Infrastructure.Jobs;
using CE.Platform.Web.Infrastructure.Mvc;
using CE.Platform.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
try
{
    StartupGuards.Check(builder.Configuration, builder.Environment);
    var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);

    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddDatabase(database);
    builder.Services.AddPlatformWeb(builder.Configuration);
    builder.Services.AddEmail(builder.Configuration);
    builder.Services.AddJobs(builder.Configuration, database, builder.Environment.ContentRootPath);
    builder.Services.AddHealth();
    builder.Services.AddAccounts(builder.Configuration);

    var app = builder.Build();
    app.UsePlatformWeb();
    app.MapHealth();
    app.MapJobsDashboard();
    app.MapControllers();

    if (OperatorCommands.IsCommand(args))
    {
        return await OperatorCommands.RunAsync(app, args);
    }

    await app.PrepareAsync();
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    await Console.Error.WriteLineAsync($"CE.Platform cannot start: {e.Message}");
    return 2;
}

/// <summary>The entry point, public so integration tests can host the app.</summary>
public partial class Program;
