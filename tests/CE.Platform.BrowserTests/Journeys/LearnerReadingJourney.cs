using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class LearnerReadingJourney(LiveSite site)
{
    [Fact]
    public async Task A_learner_reads_a_module_and_sees_progress_on_the_page_and_the_dashboard()
    {
        var email = await site.CreateAccountAsync("Reading Learner, RN", Roles.Learner);

        var page = await site.NewPageAsync();
        var modules = new ModulePages(page);
        await LiveSite.RunAsync(page, nameof(A_learner_reads_a_module_and_sees_progress_on_the_page_and_the_dashboard), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await modules.OpenFromCatalogAsync("Ketamine safety");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Learning objectives" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disclosure" })).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, "module-overview");

            await modules.StartAsync();
            await Expect(modules.SectionHeading).ToBeVisibleAsync();
            await modules.NextSectionAsync();
            await Expect(modules.Contents).ToContainTextAsync("2 of");
            await Expect(modules.Contents.Locator(".badge--success")).ToHaveCountAsync(2);
            await site.ScreenshotAsync(page, "module-section");

            await page.GetByRole(AriaRole.Link, new() { Name = "My learning" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ketamine safety" });
            await Expect(row).ToContainTextAsync("In progress");
            await site.ScreenshotAsync(page, "dashboard");
        });
    }
}
