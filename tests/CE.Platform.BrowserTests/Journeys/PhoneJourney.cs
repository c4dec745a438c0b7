using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// The main pages of each kind of user on a 375 px wide phone. The per-page check (audit.js) fails any page that
/// scrolls sideways, naming the elements that stick out, besides its accessibility violations.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PhoneJourney(LiveSite site)
{
    [Fact]
    public async Task A_learner_reads_takes_the_assessment_and_claims_credit_on_a_phone_without_scrolling_sideways()
    {
        var email = await site.CreateAccountAsync("Phone Learner With A Rather Long Printed Name, DNP, APRN-BC", Roles.Learner);
        var page = await site.NewPageAsync(LiveSite.PhoneWidth);
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(A_learner_reads_takes_the_assessment_and_claims_credit_on_a_phone_without_scrolling_sideways), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await AccessibilityJourney.VisitAsync(page, "/", "/catalog", "/modules/ketamine-pharmacology", "/modules/ketamine-pharmacology/pharmacokinetics",
                "/modules/ketamine-pharmacology/dosing", "/modules/ketamine-pharmacology/mechanisms");
            await page.GotoAsync("/modules/ketamine-pharmacology/pharmacokinetics");
            var routes = page.GetByRole(AriaRole.Region, new() { Name = "Table: Route comparison" });
            await Expect(routes).ToBeVisibleAsync();
            // The table is wider than the phone and scrolls inside its region, which the keyboard can reach.
            Assert.True(await routes.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth"), "The route table fits the phone: nothing was tested.");
            await TwoWidthScreenshotsAsync(page, "ux-pharmacokinetics");

            await page.GotoAsync("/modules/ketamine-pharmacology");
            await quiz.StartAsync();
            await Expect(page.GetByRole(AriaRole.Timer)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(29|30):\d\d$"));
            await TwoWidthScreenshotsAsync(page, "ux-quiz");
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await quiz.SubmitAsync();
            await quiz.ClaimCreditAsync();
            await AccessibilityJourney.VisitAsync(page, "/learning", "/certificates", "/transcript", "/profile");
            await page.GotoAsync("/certificates");
            await page.GetByRole(AriaRole.Region, new() { Name = "Certificates" }).GetByRole(AriaRole.Link, new() { Name = "Ketamine pharmacology" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task A_coordinator_assigns_and_reads_the_matrix_on_a_phone_without_scrolling_sideways()
    {
        var coordinatorEmail = await site.CreateAccountAsync("Phone Coordinator", Roles.Learner, Roles.Coordinator);
        var learnerEmail = await site.CreateAccountAsync("Phone Matrix Learner, RN", Roles.Learner);
        var organisationId = await site.CreateOrganisationAsync("Phone Hospital", coordinatorEmail, learnerEmail);
        var page = await site.NewPageAsync(LiveSite.PhoneWidth);
        await LiveSite.RunAsync(page, nameof(A_coordinator_assigns_and_reads_the_matrix_on_a_phone_without_scrolling_sideways), async () =>
        {
            await new AccountPages(page).SignInAsync(coordinatorEmail, AccountSteps.Password);
            await AccessibilityJourney.VisitAsync(page, "/coordinator", $"/coordinator/{organisationId}");
            foreach (var module in new[] { "Ketamine pharmacology", "Ketamine in anesthesia: a history", "Ketamine safety" })
            {
                await page.GetByLabel(module).CheckAsync();
            }

            await page.GetByLabel("Due date", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("learner assignment(s) created");
            await AccessibilityJourney.VisitAsync(page, $"/coordinator/{organisationId}/matrix", $"/coordinator/{organisationId}/dashboard", $"/coordinator/{organisationId}/accommodations");
        });
    }

    [Fact]
    public async Task The_admin_pages_do_not_scroll_sideways_on_a_phone()
    {
        var email = await site.CreateAccountAsync("Phone Admin", Roles.Learner, Roles.Admin);
        var page = await site.NewPageAsync(LiveSite.PhoneWidth);
        await LiveSite.RunAsync(page, nameof(The_admin_pages_do_not_scroll_sideways_on_a_phone), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await AccessibilityJourney.VisitAsync(page, "/admin", "/admin/content", "/admin/certificates", "/admin/audit", "/admin/organisations",
                "/admin/board-report", "/admin/evaluations", "/admin/evaluations/ketamine-safety/comments", "/verify", "/account/register");
        });
    }

    [Fact]
    public async Task A_page_wider_than_the_phone_fails_the_check_naming_the_element_that_sticks_out()
    {
        var failure = await AccessibilityJourney.ProbeFailureAsync(await site.NewPageAsync(LiveSite.PhoneWidth), "/sideways-probe",
            """<!DOCTYPE html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1><p class="wide" style="width:700px">Wide</p></main></body></html>""");

        Assert.Contains("/sideways-probe", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no-sideways-scroll (serious): The page scrolls sideways: 708 px of content in a 375 px wide window", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at p.wide (700 px wide, right edge at 708 px)", failure.Message, StringComparison.Ordinal);
    }

    // For people to look at (CE_SCREENSHOTS): the page on the phone, then on a laptop.
    private async Task TwoWidthScreenshotsAsync(IPage page, string name)
    {
        await site.ScreenshotAsync(page, $"{name}-375");
        await page.SetViewportSizeAsync(1280, 900);
        await site.ScreenshotAsync(page, $"{name}-1280");
        await page.SetViewportSizeAsync(LiveSite.PhoneWidth, 812);
    }
}
