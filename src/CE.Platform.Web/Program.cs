using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accommodations;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Admin;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Email;
using CE.Platform.Web.Infrastructure.Health;
using CE.Platform.Web.Infrastructure.Jobs;
using CE.Platform.Web.Infrastructure.Mvc;
using CE.Platform.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddDatabase();
    builder.Services.AddPlatformWeb(builder.Configuration);
    builder.Services.AddEmail(builder.Configuration);
    builder.Services.AddJobs(builder.Configuration);
    builder.Services.AddHealth();
    builder.Services.AddAccounts(builder.Configuration);
    builder.Services.AddContent();
    builder.Services.AddLearning();
    builder.Services.AddAssessments();
    builder.Services.AddCertificates(builder.Configuration);
    builder.Services.AddAssignments(builder.Configuration);
    builder.Services.AddAccommodations();
    builder.Services.AddAdmin();

    var app = builder.Build();
    // Settings are checked after Build so that every configuration source has been added.
    StartupGuards.Check(app);
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
