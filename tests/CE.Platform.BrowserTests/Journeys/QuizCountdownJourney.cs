using System.Linq.Expressions;
using System.Text.RegularExpressions;
using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// The countdown of a timed attempt (quiz.js) on a device whose clock is three hours wrong, in Tokyo: Playwright's
/// clock stands in for the device's and is moved on to the warnings and past the deadline, while the server's
/// clock runs as usual (so the attempt is still open on the server when the page says time is up).
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class QuizCountdownJourney(LiveSite site)
{
    [Fact]
    public async Task The_countdown_keeps_the_servers_time_warns_at_five_and_one_minute_and_leaves_closing_to_the_server()
    {
        var email = await site.CreateAccountAsync("Countdown Learner, RN", Roles.Learner);
        var page = await site.NewPageAsync(timeZone: "Asia/Tokyo");
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(The_countdown_keeps_the_servers_time_warns_at_five_and_one_minute_and_leaves_closing_to_the_server), async () =>
        {
            await page.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow.AddHours(3) });
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await page.GotoAsync("/modules/ketamine-safety");
            await quiz.StartAsync();
            var timer = page.GetByRole(AriaRole.Timer);
            var warning = page.Locator("[data-timer-warning]");
            var status = page.Locator("[data-timer-status]");

            // A device three hours fast still counts the 30 minutes the server gave.
            await Expect(timer).ToHaveTextAsync(new Regex(@"^(29|30):\d\d$"));
            var deadline = (await AttemptAsync(quiz.AttemptId, a => a.DeadlineUtc))!.Value;
            var tokyo = TimeZoneInfo.ConvertTimeFromUtc(deadline, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
            await Expect(page.Locator(".notice time").First).ToHaveTextAsync($"{tokyo:HH:mm} (your time)");
            await Expect(warning).ToBeEmptyAsync();
            await Expect(warning).ToHaveAttributeAsync("aria-live", "assertive");

            await page.Clock.FastForwardAsync("25:30");
            await Expect(warning).ToHaveTextAsync("Under 5 minutes left.");
            await Expect(timer).ToHaveTextAsync(new Regex(@"^0[34]:\d\d$"));

            await page.Clock.FastForwardAsync("03:45");
            await Expect(warning).ToHaveTextAsync("Under 1 minute left.");
            await Expect(timer).ToHaveTextAsync(new Regex(@"^00:\d\d$"));
            await site.ScreenshotAsync(page, "ux-quiz-one-minute-warning");

            await page.Clock.FastForwardAsync("01:00");
            await Expect(timer).ToHaveTextAsync("00:00");
            await Expect(status).ToHaveTextAsync(new Regex("^Time is up. The server closes this attempt and scores the answers it has saved."));
            await Expect(status).ToHaveAttributeAsync("role", "status");
            // The page sent nothing: the attempt is still open on the server, whose clock has not reached the deadline.
            Assert.Matches($"/attempts/{quiz.AttemptId}$", page.Url);
            Assert.Equal(AttemptStatus.InProgress, await AttemptAsync(quiz.AttemptId, a => a.Status));
        });
    }

    private async Task<T> AttemptAsync<T>(int attemptId, Expression<Func<QuizAttempt, T>> value)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(value).SingleAsync();
    }
}
