using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Scorm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// A learner in an LMS whose SCORM runtime is scorm-again (npm, an implementation that is not ours):
/// the package's launch page, unzipped and served from the LMS's origin, opens the module from the
/// live site in its frame; the learner reads, passes and completes, and the runtime holds the result.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class ScormLmsJourney(LiveSite site)
{
    [Theory]
    [InlineData("1.2")]
    [InlineData("2004")]
    public async Task A_learner_launched_from_an_LMS_reads_passes_and_completes_and_the_LMS_runtime_holds_passed_and_completed_with_the_score(string version)
    {
        var dispatchId = await DispatchAsync();
        await using var lms = await ScormTestLms.OpenAsync(site, dispatchId, version, $"lms-{Guid.NewGuid():N}", "Okafor, Ada");
        var course = await lms.CourseFrameAsync();
        var quiz = new QuizPages(course);

        await site.ScreenshotAsync(lms.Page, $"scorm-{version}-module-in-lms");
        await quiz.StartAsync();
        await course.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/attempts/[0-9]+$"));
        await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
        await quiz.SubmitAsync();
        await Expect(course.Locator(".result__score")).ToContainTextAsync("100%");
        await quiz.ClaimCreditAsync();
        await Expect(course.Locator("[role=status]")).ToContainTextAsync("is completed");

        var runtime = version == "1.2"
            ? "[API.cmi.core.lesson_status, API.cmi.core.score.raw]"
            : "[API_1484_11.cmi.completion_status + '/' + API_1484_11.cmi.success_status, API_1484_11.cmi.score.raw, API_1484_11.cmi.score.scaled, API_1484_11.cmi.progress_measure]";
        var expected = version == "1.2" ? "passed|100" : "completed/passed|100|1|1";
        await lms.Page.WaitForFunctionAsync($"() => {{ const v = {runtime}; return v.slice(0, {(version == "1.2" ? 2 : 4)}).join('|') === '{expected}'; }}", null, new() { Timeout = 20_000 });
        await site.ScreenshotAsync(lms.Page, $"scorm-{version}-completed-in-lms");
    }

    [Fact]
    public async Task A_disabled_dispatch_a_tampered_launch_link_and_another_learners_launch_are_each_refused_with_a_clear_page()
    {
        var dispatchId = await DispatchAsync();
        await using var lms = await ScormTestLms.OpenAsync(site, dispatchId, "2004", $"lms-{Guid.NewGuid():N}", "First, Learner");
        var launchUrl = await lms.LaunchUrlAsync();

        var tampered = await site.NewPageAsync();
        await tampered.GotoAsync(launchUrl[..^3] + (launchUrl[^3] == 'A' ? "B" : "A") + launchUrl[^2..]);
        await Expect(tampered.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This launch link is not valid");
        await site.ScreenshotAsync(tampered, "scorm-refused-tampered");

        var otherLearner = await site.NewPageAsync();
        await otherLearner.GotoAsync(await ScormTestLms.UnopenedLaunchUrlAsync(site, dispatchId));
        await Expect(otherLearner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This launch belongs to another learner");
        await site.ScreenshotAsync(otherLearner, "scorm-refused-other-learner");

        await site.Factory.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope().ServiceProvider.GetRequiredService<ScormDispatches>()
            .ChangeAsync(dispatchId, ScormDispatchChange.Disable, CancellationToken.None);
        await using var disabled = await ScormTestLms.OpenAsync(site, dispatchId, "1.2", $"lms-{Guid.NewGuid():N}", "Second, Learner", width: LiveSite.PhoneWidth);
        await Expect(disabled.Page.FrameLocator("#sco").Locator("h1")).ToHaveTextAsync("This course is not available at the moment");
        await site.ScreenshotAsync(disabled.Page, "scorm-refused-disabled-375");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(LiveSite.PhoneWidth)]
    public async Task An_admin_creates_a_dispatch_and_finds_both_packages_on_its_page(int width)
    {
        var email = await site.CreateAccountAsync("Dispatch Admin", Web.Features.Accounts.Roles.Learner, Web.Features.Accounts.Roles.Admin);
        await site.CreateOrganisationAsync("Riverside Health", email);
        var page = await site.NewPageAsync(width);
        await LiveSite.RunAsync(page, $"{nameof(An_admin_creates_a_dispatch_and_finds_both_packages_on_its_page)}-{width}", async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await page.GotoAsync("/admin/scorm");
            await page.GetByLabel("Module").SelectOptionAsync(new SelectOptionValue { Label = "Ketamine pharmacology" });
            await page.GetByLabel("Client organisation").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByLabel("Seats (distinct LMS learners)").FillAsync("250");
            await site.ScreenshotAsync(page, $"scorm-admin-new-{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the dispatch" }).ClickAsync();
            await Expect(page.Locator("#dispatch-state")).ToHaveTextAsync("Enabled");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "SCORM 2004 (4th edition) package" })).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, $"scorm-admin-dispatch-{width}");
        });
    }

    private async Task<int> DispatchAsync()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = new Web.Features.Organisations.Organisation { Name = $"LMS client {Guid.NewGuid():N}", CreatedAtUtc = DateTime.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var dispatch = new ScormDispatch
        {
            ModuleId = db.Modules.Single(m => m.Slug == "ketamine-pharmacology").Id, OrganisationId = organisation.Id, SeatLimit = 10, Enabled = true, CreatedAtUtc = DateTime.UtcNow,
        };
        db.ScormDispatches.Add(dispatch);
        await db.SaveChangesAsync();
        return dispatch.Id;
    }
}
