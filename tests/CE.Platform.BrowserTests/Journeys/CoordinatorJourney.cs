using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class CoordinatorJourney(LiveSite site)
{
    [Fact]
    public async Task A_coordinator_invites_a_learner_assigns_safety_training_and_sees_it_completed_with_the_certificate_number()
    {
        var coordinatorEmail = await site.CreateAccountAsync("Casey Coordinator, MSN", Roles.Learner, Roles.Coordinator);
        var organisationId = await site.CreateOrganisationAsync("Browser General Hospital", coordinatorEmail);
        var learnerEmail = AccountSteps.NewEmail("newhire");
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);
        await LiveSite.RunAsync(page, nameof(A_coordinator_invites_a_learner_assigns_safety_training_and_sees_it_completed_with_the_certificate_number), async () =>
        {
            await account.SignInAsync(coordinatorEmail, AccountSteps.Password);
            await account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Coordinate" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Browser General Hospital") }).ClickAsync();
            await page.Locator("#Name").FillAsync("Nadia New-Hire, RN");
            await page.Locator("#Email").FillAsync(learnerEmail);
            await page.Locator("#Unit").FillAsync("Emergency");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("was invited");

            await page.GetByLabel("Ketamine safety").CheckAsync();
            await page.GetByLabel("Due date", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("learner assignment(s) created");
            await site.ScreenshotAsync(page, "coordinator-organisation");
            await account.SignOutAsync();

            var link = Mailbox.LinkTo(await site.Mailbox.WaitForAsync(learnerEmail, "on CE.Platform"), "/account/reset-password");
            await page.GotoAsync(link);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync(AccountSteps.Password);
            await page.GetByLabel("Confirm new password").FillAsync(AccountSteps.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save new password" }).ClickAsync();
            await account.SignInAsync(learnerEmail, AccountSteps.Password);
            await page.GotoAsync("/learning");
            await Expect(page.Locator("#assigned").Locator("..")).ToContainTextAsync("Ketamine safety");
            await site.ScreenshotAsync(page, "learner-assigned");

            var quiz = new QuizPages(page);
            await page.GetByRole(AriaRole.Region, new() { Name = "Assigned training" }).GetByRole(AriaRole.Link, new() { Name = "Ketamine safety" }).ClickAsync();
            await quiz.StartAsync();
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await quiz.SubmitAsync();
            await quiz.ClaimCreditAsync();
            await account.SignOutAsync();

            await account.SignInAsync(coordinatorEmail, AccountSteps.Password);
            await page.GotoAsync($"/coordinator/{organisationId}/matrix");
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = learnerEmail });
            await Expect(row).ToContainTextAsync("Completed");
            await Expect(row.GetByRole(AriaRole.Link)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^CE-\\d{4}-"));
            await site.ScreenshotAsync(page, "coordinator-matrix");
        });
    }
}
