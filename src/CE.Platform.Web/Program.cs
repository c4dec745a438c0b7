using CE.Platform.Web;
using CE.Platform.Web.Infrastructure.Health;
using CE.Platform.Web.Infrastructure.Jobs;
using CE.Platform.Web.Infrastructure.Mvc;
using CE.Platform.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
try
{
    builder.Services.AddPlatform(builder.Configuration);

    var app = builder.Build();
    // Settings are checked after Build so that every configuration source has been added.
    StartupGuards.Check(app);
    app.UsePlatformWeb();
    app.MapHealth();
    app.MapJobsDashboard();
    app.MapControllers();

    var command = OperatorCommands.UserArguments(args);
    if (OperatorCommands.IsCommand(command))
    {
        return await OperatorCommands.RunAsync(app, command);
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
