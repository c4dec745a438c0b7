using System.Globalization;
using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// An administrator registers the test LMS; a nurse in that LMS opens the module inside the LMS's iframe and reads it.
/// The LMS is another origin (another port) framing the tool, so framing rests on the frame-ancestors of the LTI pages.
/// Both are on 127.0.0.1, the same site: Playwright's contexts are off-the-record, where Chromium blocks third-party
/// cookies, so a cross-site frame here loses the state cookie (the refusal page says so). The cookies' SameSite=None;
/// Secure attributes are checked by the HTTP tests. Quiz, completion and the score at the platform's AGS endpoint join
/// this journey with AGS.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class LmsLaunchJourney(LiveSite site, LtiPlatformFixture platform) : IClassFixture<LtiPlatformFixture>
{
    [Fact]
    public async Task A_nurse_launched_from_the_lms_reads_the_module_inside_its_frame()
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
            await Expect(tool.GetByRole(AriaRole.Link, new() { Name = "Open in a new window" })).ToBeVisibleAsync();
            await site.ScreenshotAsync(lms, "lti-module-in-frame");

            await tool.GetByRole(AriaRole.Link, new() { Name = "Start the module" }).ClickAsync();
            await Expect(tool.Locator("nav.toc")).ToContainTextAsync("1 of");
            await site.ScreenshotAsync(lms, "lti-section-in-frame");
        });

        var phone = await site.NewPageAsync(LiveSite.PhoneWidth);
        await LiveSite.RunAsync(phone, "lti-admin-phone", async () =>
        {
            await new Pages.AccountPages(phone).SignInAsync(adminEmail, AccountSteps.Password);
            await phone.GotoAsync("/admin/lti");
            await site.ScreenshotAsync(phone, "lti-admin-phone");
        });
    }
}
