using CE.Platform.BrowserTests.Accessibility;
using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// Shows the pages no other journey reaches, so the accessibility check that runs on every page
/// (see <see cref="AccessibilityAudit"/>) covers the whole site; each visit also asserts the page
/// really was checked.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AccessibilityJourney(LiveSite site)
{
    [Fact]
    public async Task The_public_account_and_error_pages_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await LiveSite.RunAsync(page, nameof(The_public_account_and_error_pages_have_no_accessibility_violations), async () =>
        {
            await VisitAsync(page, "/", "/catalog", "/verify", "/account/login", "/account/register",
                "/account/forgot-password", "/account/resend-confirmation", "/account/reset-password?userId=nobody&code=stale", "/error", "/status/429", "/no-such-page");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");

            await page.GotoAsync("/verify");
            await page.GetByLabel("Certificate number").FillAsync("CE-2026-0000-0000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await page.GotoAsync("/account/forgot-password");
            await page.GetByLabel("Email").FillAsync(AccountSteps.NewEmail("forgetful"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Send reset link" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task The_learner_pages_no_other_journey_shows_have_no_accessibility_violations()
    {
        var email = await site.CreateAccountAsync("Audit Learner, RN", Roles.Learner);
        var page = await site.NewPageAsync();
        await LiveSite.RunAsync(page, nameof(The_learner_pages_no_other_journey_shows_have_no_accessibility_violations), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await VisitAsync(page, "/learning", "/modules/ketamine-history", "/certificates", "/transcript", "/profile", "/profile/organisations", "/profile/password", "/profile/delete", "/admin");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");
        });
    }

    [Fact]
    public async Task The_admin_pages_have_no_accessibility_violations()
    {
        var email = await site.CreateAccountAsync("Audit Admin", Roles.Learner, Roles.Admin);
        var page = await site.NewPageAsync();
        await LiveSite.RunAsync(page, nameof(The_admin_pages_have_no_accessibility_violations), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await VisitAsync(page, "/admin", "/admin/content", "/admin/certificates", "/admin/audit", "/admin/organisations",
                "/admin/board-report", "/admin/evaluations", "/admin/evaluations/ketamine-safety/comments");
        });
    }

    [Fact]
    public async Task The_coordinator_pages_after_a_csv_upload_have_no_accessibility_violations()
    {
        var email = await site.CreateAccountAsync("Audit Coordinator", Roles.Learner, Roles.Coordinator);
        var organisationId = await site.CreateOrganisationAsync("Audit Clinic", email);
        var page = await site.NewPageAsync();
        await LiveSite.RunAsync(page, nameof(The_coordinator_pages_after_a_csv_upload_have_no_accessibility_violations), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await VisitAsync(page, "/coordinator", $"/coordinator/{organisationId}");

            // A file with a bad line lists the problems on the organisation page; one past the inline
            // limit runs in the background and shows its progress on an operation page.
            await UploadInvitationsAsync(page, "Ada Audit,ada.audit@example.org\nnot an email line");
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("line(s) not used");
            var lines = Enumerable.Range(1, InvitationUpload.InlineLimit + 1).Select(i => $"Bulk Learner {i},{AccountSteps.NewEmail($"bulk{i}")}");
            await UploadInvitationsAsync(page, string.Join('\n', lines));
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/operations/\\d+$"));
            // The tests run no job server: run the job here, and the open page catches up on its own.
            await using (var scope = site.Factory.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<BulkInvitationJob>().RunAsync(int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), default);
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Succeeded: {InvitationUpload.InlineLimit + 1} of", new() { Timeout = 15_000 });
        });
    }

    [Fact]
    public async Task A_violation_fails_the_check_naming_the_page_rule_impact_element_and_help()
    {
        var failure = await ProbeFailureAsync(await site.NewPageAsync(), "/accessibility-probe",
            """<!DOCTYPE html><html lang="en"><head><title>Probe</title></head><body><main><p>Probe</p><input id="unlabelled" type="text"></main></body></html>""");

        Assert.Contains("/accessibility-probe", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at #unlabelled", failure.Message, StringComparison.Ordinal);
        Assert.Contains("page-has-heading-one (moderate)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("https://dequeuniversity.com/rules/axe/4.14/label", failure.Message, StringComparison.Ordinal);
    }

    private static async Task UploadInvitationsAsync(IPage page, string csv)
    {
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "staff.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and invite" }).ClickAsync();
    }

    /// <summary>Shows <paramref name="html"/> at <paramref name="path"/> and returns how the check fails on it.</summary>
    internal static async Task<Exception> ProbeFailureAsync(IPage page, string path, string html)
    {
        await page.RouteAsync($"**{path}", route => route.FulfillAsync(new() { ContentType = "text/html", Body = html }));
        await page.GotoAsync(path);
        var audit = AccessibilityAudit.Of(page);
        await audit.WaitForCurrentPageAsync();
        await page.Context.CloseAsync();
        return Assert.ThrowsAny<Exception>(audit.AssertNoViolations);
    }

    /// <summary>Opens each page in turn (or where it redirects) and asserts the page shown has been checked before moving on.</summary>
    internal static async Task VisitAsync(IPage page, params string[] paths)
    {
        var audit = AccessibilityAudit.Of(page);
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await audit.WaitForCurrentPageAsync();
            Assert.Contains(new Uri(page.Url).PathAndQuery, audit.CheckedPaths);
        }
    }
}
