using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class AccommodationJourney(LiveSite site)
{
    [Fact]
    public async Task A_learner_given_half_as_much_time_again_sees_and_gets_the_longer_deadline()
    {
        var coordinatorEmail = await site.CreateAccountAsync("Access Coordinator", Roles.Learner, Roles.Coordinator);
        var learnerEmail = await site.CreateAccountAsync("Extra-Time Learner, RN", Roles.Learner);
        var organisationId = await site.CreateOrganisationAsync("Access Hospital", coordinatorEmail, learnerEmail);
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(A_learner_given_half_as_much_time_again_sees_and_gets_the_longer_deadline), async () =>
        {
            await account.SignInAsync(coordinatorEmail, AccountSteps.Password);
            await page.GotoAsync($"/coordinator/{organisationId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Accommodations" }).ClickAsync();
            await page.GetByLabel("Learner").SelectOptionAsync(new SelectOptionValue { Label = $"Extra-Time Learner, RN ({learnerEmail})" });
            await page.GetByLabel("Module").SelectOptionAsync(new SelectOptionValue { Label = "Ketamine pharmacology" });
            await page.GetByLabel("Or a time multiplier").FillAsync("1.5");
            await page.GetByLabel("Reason").FillAsync("Documented dyslexia");
            await page.GetByRole(AriaRole.Button, new() { Name = "Grant" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("accommodation is granted");
            await account.SignOutAsync();

            await account.SignInAsync(learnerEmail, AccountSteps.Password);
            await page.GotoAsync("/modules/ketamine-pharmacology");
            await Expect(page.Locator(".accommodation")).ToContainTextAsync("45 minutes in all");
            await Expect(page.Locator("#assessment").Locator("..")).ToContainTextAsync("Time allowed: 45 minutes");
            await site.ScreenshotAsync(page, "accommodation-module");
            await quiz.StartAsync();

            var started = await StartOfAsync(quiz.AttemptId);
            var deadline = (await page.Locator(".notice time").GetAttributeAsync("datetime"))!;
            Assert.Equal(started.AddMinutes(45), DateTime.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        });
    }

    private async Task<DateTime> StartOfAsync(int attemptId)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.StartedAtUtc).SingleAsync();
    }
}
