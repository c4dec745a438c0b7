using System.Globalization;
using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Lti;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// An administrator registers the test LMS; a nurse in that LMS opens the module inside the LMS's iframe, reads it,
/// passes the quiz and claims credit there, and the score arrives at the test platform's AGS line item.
/// The LMS is another origin (another port) framing the tool, so framing rests on the frame-ancestors of the launched
/// session. Both are on 127.0.0.1, the same site: Playwright's contexts are off-the-record, where Chromium blocks
/// third-party cookies, so a cross-site frame here loses the state cookie (the refusal page says so). The cookies'
/// SameSite=None; Secure; Partitioned attributes are checked by the HTTP tests.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class LmsLaunchJourney(LiveSite site, LtiPlatformFixture platform) : IClassFixture<LtiPlatformFixture>
{
    [Fact]
    public async Task A_nurse_launched_from_the_lms_reads_passes_and_completes_inside_its_frame_and_the_score_reaches_the_lms()
    {
        var adminEmail = await site.CreateAccountAsync("Lti Admin", Roles.Admin);
        var organisationId = await site.CreateOrganisationAsync("St Mary ICU", adminEmail);
        var clientId = $"client-{Guid.NewGuid():N}";

        var admin = await site.NewPageAsync();
        await LiveSite.RunAsync(admin, "lti-admin", async () =>
        {
            await new Pages.AccountPages(admin).SignInAsync(adminEmail, AccountSteps.Password);
            await admin.GotoAsync("/admin/lti/new");
            var form = LtiSteps.Form(platform, clientId, "1", organisationId, linkByEmail: false, enabled: true);
            foreach (var field in new[] { "Name", "Issuer", "ClientId", "DeploymentIds", "AuthUrl", "TokenUrl", "JwksUrl", "FrameOrigins" })
            {
                await admin.Locator($"[name={field}]").FillAsync(form[field]);
            }

            await admin.Locator("[name=OrganisationId]").SelectOptionAsync(organisationId.ToString(CultureInfo.InvariantCulture));
            await admin.Locator("[name=Enabled][type=checkbox]").CheckAsync();
            await site.ScreenshotAsync(admin, "lti-registration");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Test Moodle" })).ToBeVisibleAsync();
            await Expect(admin.GetByText($"{site.BaseUrl}/lti/login", new() { Exact = true })).ToBeVisibleAsync();
            await site.ScreenshotAsync(admin, "lti-admin");
        });

        await platform.RegisterToolAsync(clientId, null, $"{site.BaseUrl}/lti/jwks");
        var launch = await platform.PrepareLaunchAsync(new JsonObject
        {
            ["clientId"] = clientId, ["deploymentId"] = "1", ["loginUrl"] = $"{site.BaseUrl}/lti/login", ["redirectUri"] = $"{site.BaseUrl}/lti/launch",
            ["targetLinkUri"] = $"{site.BaseUrl}/lti/modules/{LtiSteps.Module}", ["role"] = "learner", ["resourceLinkId"] = "journey",
            ["user"] = new JsonObject { ["sub"] = "journey-nurse", ["name"] = "Nia Nurse, RN", ["given_name"] = "Nia", ["family_name"] = "Nurse", ["email"] = "nia@lms.example" },
        });

        var lms = await site.NewPageAsync();
        await LiveSite.RunAsync(lms, "lti-launch", async () =>
        {
            await lms.GotoAsync(launch["coursePage"]!.GetValue<string>());
            var tool = lms.FrameLocator("#tool");
            await Expect(tool.GetByRole(AriaRole.Heading, new() { Name = "Learning objectives" })).ToBeVisibleAsync();
            await site.ScreenshotAsync(lms, "lti-module-in-frame");

            await tool.GetByRole(AriaRole.Link, new() { Name = "Start the module" }).ClickAsync();
            await Expect(tool.Locator("nav.toc")).ToContainTextAsync("1 of");
            await site.ScreenshotAsync(lms, "lti-section-in-frame");

            var course = (await (await lms.QuerySelectorAsync("#tool"))!.ContentFrameAsync())!;
            await course.GotoAsync($"{site.BaseUrl}/modules/{LtiSteps.Module}");
            var quiz = new Pages.QuizPages(course);
            await quiz.StartAsync();
            await course.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/attempts/[0-9]+$"));
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await site.ScreenshotAsync(lms, "lti-quiz-in-frame");
            await quiz.SubmitAsync();
            await Expect(course.Locator(".result__score")).ToContainTextAsync("100%");
            await quiz.ClaimCreditAsync();
            await Expect(course.Locator("[role=status]")).ToContainTextAsync("is completed");
            await site.ScreenshotAsync(lms, "lti-completed-in-frame");
        });

        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LtiScoreJob>().RunAsync(CancellationToken.None);
        }

        var score = Assert.Single(await platform.ScoresAsync(), s => s!["score"]!["userId"]!.GetValue<string>() == "journey-nurse")!["score"]!;
        Assert.Equal(100m, score["scoreGiven"]!.GetValue<decimal>());
        Assert.Contains("/verify/", score["comment"]!.GetValue<string>(), StringComparison.Ordinal);

        var phone = await site.NewPageAsync(LiveSite.PhoneWidth);
        await LiveSite.RunAsync(phone, "lti-admin-phone", async () =>
        {
            await new Pages.AccountPages(phone).SignInAsync(adminEmail, AccountSteps.Password);
            await phone.GotoAsync("/admin/lti");
            await site.ScreenshotAsync(phone, "lti-admin-phone");
        });
    }
}
