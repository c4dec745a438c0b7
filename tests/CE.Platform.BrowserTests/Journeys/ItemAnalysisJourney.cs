using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class ItemAnalysisJourney(LiveSite site)
{
    private const string Module = "ketamine-history";

    [Fact]
    public async Task An_admin_reads_a_modules_item_analysis_with_its_histogram_and_flags()
    {
        for (var i = 0; i < 12; i++)
        {
            await TakeAttemptAsync(await site.CreateAccountAsync($"Item Learner {i}", Roles.Learner), rightAnswers: 3 + (i % 8));
        }

        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ItemAnalysisJob>().RunAsync();
        }

        var admin = await site.CreateAccountAsync("Committee Admin", Roles.Learner, Roles.Admin);
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);
        await LiveSite.RunAsync(page, nameof(An_admin_reads_a_modules_item_analysis_with_its_histogram_and_flags), async () =>
        {
            await account.SignInAsync(admin, AccountSteps.Password);
            await page.GotoAsync("/admin/item-analysis");
            await site.ScreenshotAsync(page, "item-analysis-modules");
            await page.Locator($"a[href='/admin/item-analysis/{Module}']").First.ClickAsync();
            await Expect(page.Locator("svg title")).ToHaveCountAsync(1);
            await Expect(page.Locator("table").First).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, "item-analysis-module");
            await page.SetViewportSizeAsync(375, 800);
            await site.ScreenshotAsync(page, "item-analysis-module-375");
        });
    }

    /// <summary>One learner's first attempt, answered right on the first <paramref name="rightAnswers"/> questions.</summary>
    private async Task TakeAttemptAsync(string email, int rightAnswers)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var userId = await services.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var started = await services.GetRequiredService<AttemptStarter>().StartAsync(userId, Module);
        var attemptId = started!.AttemptId!.Value;
        var right = await QuizSteps.AnswersAsync(services, attemptId, correct: true);
        var wrong = await QuizSteps.AnswersAsync(services, attemptId, correct: false);
        var fields = right.Where(f => int.Parse(f.Key[PostedAnswers.Prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) <= rightAnswers)
            .Concat(wrong.Where(f => int.Parse(f.Key[PostedAnswers.Prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) > rightAnswers))
            .GroupBy(f => f.Key, f => f.Value)
            .Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.Key[PostedAnswers.Prefix.Length..], g.ToList()));
        await services.GetRequiredService<AttemptAnswering>().SubmitAsync(userId, attemptId, fields);
    }
}
