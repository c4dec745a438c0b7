using System.Net;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Tests.Security;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Scorm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CE.Platform.Testing.ScormSteps;

namespace CE.Platform.Tests.Scorm;

public sealed class ScormLaunchesLimitedApp() : LimitedApp("RateLimits:ScormLaunchesPerMinute");

/// <summary>Each launch stores a registration and a link before anyone is known, so an address may make only so many a minute.</summary>
public sealed class ScormLaunchLimitTests(ScormLaunchesLimitedApp app) : IClassFixture<ScormLaunchesLimitedApp>
{
    [Fact]
    public async Task Launches_past_the_limit_per_address_are_refused_in_words_the_launch_page_can_read_and_store_nothing()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var dispatchId = await CreateDispatchAsync(admin, await ModuleIdAsync(app, "ketamine-safety"), organisationId);
        var token = PackageToken(await PackageAsync(admin, dispatchId, "2004"));
        using var browser = app.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var admitted = await RequestLaunchAsync(browser, dispatchId, token, $"lms-{i}");
            statuses.Add(admitted.StatusCode);
        }

        using var refused = await RequestLaunchAsync(browser, dispatchId, token, "lms-late");
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(LmsOrigin, refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Equal(ScormRefusal.TooManyLaunches.Title, body.RootElement.GetProperty("title").GetString());
        Assert.Equal(3, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScormRegistrations.CountAsync(r => r.DispatchId == dispatchId)));
        admin.Dispose();
    }
}
