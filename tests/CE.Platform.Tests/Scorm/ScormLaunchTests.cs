using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CE.Platform.Testing.ScormSteps;

namespace CE.Platform.Tests.Scorm;

/// <summary>Launches as an LMS's launch page makes them, and every way a launch can be misused.</summary>
public abstract class ScormLaunchTests(AppFixture app)
{
    private const string Slug = "ketamine-safety";

    [Fact]
    public async Task A_launch_makes_the_LMS_learner_a_member_of_the_client_organisation_signed_in_inside_a_frame_of_the_LMS_only()
    {
        var (dispatchId, token, organisationId, admin) = await DispatchAsync();
        using var browser = app.NewClient();
        var learnerId = $"lms-{Guid.NewGuid():N}";

        using var requested = await RequestLaunchAsync(browser, dispatchId, token, learnerId, "Doe, Jane");
        var (launch, _) = await GrantAsync(requested);
        using var opened = await browser.GetAsync(launch);
        using var module = await browser.GetAsync($"/modules/{Slug}");

        Assert.Equal(LmsOrigin, requested.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal($"/modules/{Slug}", opened.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.EndsWith($"frame-ancestors {LmsOrigin}", module.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(module.Headers.Contains("X-Frame-Options"));
        var member = await app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return db.ScormRegistrations.Where(r => r.DispatchId == dispatchId && r.LearnerKey == learnerId)
                .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.FullName, u.Email, Member = db.Memberships.Any(m => m.UserId == u.Id && m.OrganisationId == organisationId) })
                .SingleAsync();
        });
        Assert.True(member.Member);
        Assert.Equal("Doe, Jane", member.FullName);
        Assert.EndsWith(".invalid", member.Email, StringComparison.Ordinal);
        admin.Dispose();
    }

    [Fact]
    public async Task A_completion_through_a_dispatch_is_recorded_as_scorm_and_reported_to_the_LMS_like_any_other_with_its_certificate()
    {
        var (dispatchId, token, organisationId, admin) = await DispatchAsync();
        using var browser = app.NewClient();
        var status = await LaunchAsync(browser, dispatchId, token, $"lms-{Guid.NewGuid():N}");
        var before = await StatusAsync(status);

        var certificate = await CompletionSteps.CompleteAsync(app, browser, Slug);
        var after = await StatusAsync(status);

        Assert.Equal(("incomplete", "incomplete", "unknown"), (before.GetProperty("lessonStatus").GetString(), before.GetProperty("completionStatus").GetString(), before.GetProperty("successStatus").GetString()));
        Assert.Equal(("passed", "completed", "passed"), (after.GetProperty("lessonStatus").GetString(), after.GetProperty("completionStatus").GetString(), after.GetProperty("successStatus").GetString()));
        Assert.Equal(100m, after.GetProperty("scoreRaw").GetDecimal());
        Assert.Equal(1m, after.GetProperty("scoreScaled").GetDecimal());
        Assert.InRange(before.GetProperty("progressMeasure").GetDecimal(), 0m, 0.99m);
        Assert.Equal(1m, after.GetProperty("progressMeasure").GetDecimal());
        Assert.Equal(CompletionChannel.Scorm, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Completions.Where(c => c.Id == certificate.CompletionId).Select(c => c.Channel).SingleAsync()));
        using var anonymous = app.NewClient();
        using var verify = await anonymous.GetAsync($"/verify/{certificate.VerificationToken}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var (coordinator, coordinatorEmail) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Coordinator);
        await OrganisationSteps.AddAsync(app, organisationId, coordinatorEmail, coordinator: true);
        using var export = await coordinator.GetAsync($"/coordinator/{organisationId}/completions.csv");
        var csv = await export.Content.ReadAsStringAsync();
        coordinator.Dispose();
        Assert.EndsWith(",channel", csv.Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains($"{certificate.Number},", csv, StringComparison.Ordinal);
        Assert.Contains(",SCORM", csv, StringComparison.Ordinal);
        var details = await admin.GetPageAsync($"/admin/certificates/{certificate.Number}");
        Assert.Equal("SCORM", details.QuerySelector("#channel")?.TextContent);
        admin.Dispose();
    }

    [Fact]
    public async Task The_seat_limit_admits_returning_learners_and_refuses_a_new_one_once_every_seat_is_taken()
    {
        var (dispatchId, token, _, admin) = await DispatchAsync(seats: 1);
        using var browser = app.NewClient();
        var first = $"lms-{Guid.NewGuid():N}";

        using var firstLaunch = await RequestLaunchAsync(browser, dispatchId, token, first);
        using var again = await RequestLaunchAsync(browser, dispatchId, token, first);
        using var second = await RequestLaunchAsync(browser, dispatchId, token, $"lms-{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, firstLaunch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal("No seats are left for this course", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScormRegistrations.CountAsync(r => r.DispatchId == dispatchId)));
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, $"dispatch {dispatchId}"), e => e.StartsWith("scorm.launch-refused: No seats", StringComparison.Ordinal));
        admin.Dispose();
    }

    [Fact]
    public async Task A_disabled_or_deleted_dispatch_and_a_forged_package_token_launch_nothing()
    {
        var (dispatchId, token, _, admin) = await DispatchAsync();
        using var browser = app.NewClient();
        using var forged = await RequestLaunchAsync(browser, dispatchId, token[..^4] + "AAAA", "lms-1");
        using var noOrigin = await RequestLaunchAsync(browser, dispatchId, token, "lms-1", origin: null);
        using var disabled = await ChangeAsync(admin, dispatchId, "disable");
        using var disabledRefusal = await RequestLaunchAsync(browser, dispatchId, token, "lms-1");
        using var deleted = await ChangeAsync(admin, dispatchId, "delete");
        using var deletedRefusal = await RequestLaunchAsync(browser, dispatchId, token, "lms-1");

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noOrigin.StatusCode);
        Assert.Equal("This course is not available at the moment", (await disabledRefusal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Gone, deletedRefusal.StatusCode);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScormRegistrations.CountAsync(r => r.DispatchId == dispatchId)));
        admin.Dispose();
    }

    [Fact]
    public async Task A_launch_link_tampered_with_reused_or_opened_in_another_learners_browser_is_refused_with_a_clear_page()
    {
        var (dispatchId, token, _, admin) = await DispatchAsync();
        using var browser = app.NewClient();
        using var otherBrowser = app.NewClient();
        using var requested = await RequestLaunchAsync(browser, dispatchId, token, $"lms-{Guid.NewGuid():N}");
        var (launch, _) = await GrantAsync(requested);

        using var tampered = await browser.GetAsync(launch[..^3] + (launch[^3] == 'A' ? "B" : "A") + launch[^2..]);
        using var elsewhere = await otherBrowser.GetAsync(launch);
        using var opened = await browser.GetAsync(launch);
        using var reused = await browser.GetAsync(launch);

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("This launch link is not valid", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Contains("This launch belongs to another learner", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Contains("This launch link has already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors *", elsewhere.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        using var notSignedIn = await otherBrowser.GetAsync($"/modules/{Slug}");
        Assert.False(notSignedIn.IsSuccessStatusCode);
        admin.Dispose();
    }

    [Fact]
    public async Task Over_https_the_embedded_sessions_cookies_are_SameSite_None_Secure_and_Partitioned()
    {
        var (dispatchId, token, _, admin) = await DispatchAsync();
        using var browser = new AppClient(app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        using var requested = await RequestLaunchAsync(browser, dispatchId, token, $"lms-{Guid.NewGuid():N}");
        var (launch, _) = await GrantAsync(requested);

        using var opened = await browser.GetAsync(launch);

        var auth = opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ce.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("samesite=none", auth, StringComparison.Ordinal);
        Assert.Contains("secure", auth, StringComparison.Ordinal);
        Assert.Contains("partitioned", auth, StringComparison.Ordinal);
        admin.Dispose();
    }

    private async Task<(int DispatchId, string Token, int OrganisationId, AppClient Admin)> DispatchAsync(int seats = 10)
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var dispatchId = await CreateDispatchAsync(admin, await ModuleIdAsync(app, Slug), organisationId, seats);
        return (dispatchId, PackageToken(await PackageAsync(admin, dispatchId, "2004")), organisationId, admin);
    }

    private async Task<JsonElement> StatusAsync(string statusPath)
    {
        using var anonymous = app.NewClient();
        return await anonymous.Http.GetFromJsonAsync<JsonElement>(statusPath);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ScormLaunchTestsOnSqlite(SqliteAppFixture app) : ScormLaunchTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ScormLaunchTestsOnPostgreSql(PostgreSqlAppFixture app) : ScormLaunchTests(app);
