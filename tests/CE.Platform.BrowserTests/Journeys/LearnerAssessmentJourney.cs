using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class LearnerAssessmentJourney(LiveSite site)
{
    [Fact]
    public async Task A_learner_fails_sees_what_to_reread_but_no_keys_passes_sees_the_full_review_and_completes_the_module()
    {
        var email = await site.CreateAccountAsync("Quiz Learner, PharmD", Roles.Learner);
        var page = await site.NewPageAsync();
        var modules = new ModulePages(page);
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(A_learner_fails_sees_what_to_reread_but_no_keys_passes_sees_the_full_review_and_completes_the_module), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await modules.OpenFromCatalogAsync("Ketamine pharmacology");
            await quiz.StartAsync();
            await Expect(page.Locator("fieldset.question")).ToHaveCountAsync(10);
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: false));
            await site.ScreenshotAsync(page, "quiz-attempt");
            await quiz.SubmitAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("not passed");
            await Expect(quiz.ReviewedQuestions).ToHaveCountAsync(10);
            await Expect(quiz.ReviewedQuestions.Filter(new() { HasText = "Incorrect" })).ToHaveCountAsync(10);
            await Expect(quiz.ReviewedOptions).ToHaveCountAsync(0);
            await Expect(page.GetByText("correct answer")).ToHaveCountAsync(0);
            await Expect(page.GetByText("Why:")).ToHaveCountAsync(0);
            await site.ScreenshotAsync(page, "quiz-failed");

            var firstMissed = quiz.Remediation.First;
            var sectionTitle = await firstMissed.InnerTextAsync();
            await firstMissed.ClickAsync();
            await Expect(modules.SectionHeading).ToHaveTextAsync(sectionTitle);

            await page.GotoAsync("/modules/ketamine-pharmacology");
            await quiz.StartAsync();
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await quiz.SubmitAsync();
            await Expect(page.Locator(".result__score")).ToContainTextAsync("100%");
            await Expect(quiz.ReviewedOptions).ToHaveCountAsync(10);
            await Expect(quiz.ReviewedQuestions.Filter(new() { HasText = "Why:" })).ToHaveCountAsync(10);
            await Expect(page.GetByText("correct answer").First).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, "quiz-passed");

            await quiz.ClaimCreditAsync();
            await Expect(page.Locator("[role=status]")).ToContainTextAsync("is completed");
            await Expect(page.Locator("#assessment").Locator("..")).ToContainTextAsync("Completed");
            await site.ScreenshotAsync(page, "module-completed");
        });
    }

    [Fact]
    public async Task The_evaluation_form_keeps_what_was_entered_and_says_what_is_missing()
    {
        var email = await site.CreateAccountAsync("Careful Learner, RN", Roles.Learner);
        var page = await site.NewPageAsync();
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(The_evaluation_form_keeps_what_was_entered_and_says_what_is_missing), async () =>
        {
            await new AccountPages(page).SignInAsync(email, AccountSteps.Password);
            await page.GotoAsync("/modules/ketamine-safety");
            await quiz.StartAsync();
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await quiz.SubmitAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Claim credit" }).ClickAsync();
            await page.GetByLabel("What will you change").FillAsync("Kept text");
            await page.GetByRole(AriaRole.Button, new() { Name = "Complete the module" }).ClickAsync();

            await Expect(page.Locator("#Attested-error")).ToContainTextAsync("Tick the attestation");
            await Expect(page.Locator("#ObjectivesMet-error")).ToContainTextAsync("Choose an answer");
            await Expect(page.GetByLabel("What will you change")).ToHaveValueAsync("Kept text");
            await site.ScreenshotAsync(page, "evaluation-errors");
        });
    }
}
