using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class AdministratorJobsJourney(LiveSite site)
{
    [Fact]
    public async Task An_admin_opens_the_jobs_dashboard_and_a_learner_is_refused_it()
    {
        var admin = await site.CreateAccountAsync("Browser Admin", Roles.Learner, Roles.Admin);
        var learner = await site.CreateAccountAsync("Browser Learner", Roles.Learner);
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);

        await LiveSite.RunAsync(page, nameof(An_admin_opens_the_jobs_dashboard_and_a_learner_is_refused_it), async () =>
        {
            await account.SignInAsync(admin, AccountSteps.Password);
            await account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Background jobs") }).ClickAsync();
            await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("CE.Platform jobs"));
            await page.GotoAsync("/admin/jobs/recurring");
            await Expect(page.GetByText(UnconfirmedAccountCleanupJob.RecurringJobId)).ToBeVisibleAsync();

            await page.GotoAsync("/");
            await account.SignOutAsync();
            await account.SignInAsync(learner, AccountSteps.Password);
            await Expect(account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
            await page.GotoAsync("/admin/jobs");
            await Expect(account.Heading).ToHaveTextAsync("You do not have access to this page");
        });
    }
}
