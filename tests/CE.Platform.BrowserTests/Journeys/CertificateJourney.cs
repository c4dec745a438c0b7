using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class CertificateJourney(LiveSite site)
{
    [Fact]
    public async Task A_learner_downloads_the_certificate_and_its_verify_link_says_valid_until_an_admin_revokes_it()
    {
        var learner = await site.CreateAccountAsync("Zoë Ångström-Nakamura-Oyelaran, DNP, CRNA", Roles.Learner);
        var admin = await site.CreateAccountAsync("Certificate Admin", Roles.Learner, Roles.Admin);
        var page = await site.NewPageAsync();
        var quiz = new QuizPages(page);
        var account = new AccountPages(page);
        await LiveSite.RunAsync(page, nameof(A_learner_downloads_the_certificate_and_its_verify_link_says_valid_until_an_admin_revokes_it), async () =>
        {
            await account.SignInAsync(learner, AccountSteps.Password);
            await page.GotoAsync("/modules/ketamine-history");
            await quiz.StartAsync();
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await quiz.SubmitAsync();
            await quiz.ClaimCreditAsync();

            await account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Certificates" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Ketamine in anesthesia: a history" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
            var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf[..5]));
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
            var number = download.SuggestedFilename[..^4];
            await site.ScreenshotAsync(page, "certificate-details");

            var verifyLink = page.Locator("dd a[href*='/verify/']");
            var verifyUrl = await verifyLink.GetAttributeAsync("href");
            await account.SignOutAsync();
            await page.GotoAsync(verifyUrl!);
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("This certificate is valid");
            await Expect(page.Locator("dl")).ToContainTextAsync("Zoë Ångström-Nakamura-Oyelaran");
            await site.ScreenshotAsync(page, "verify-valid");

            await account.SignInAsync(admin, AccountSteps.Password);
            await page.GotoAsync($"/admin/certificates?q={number}");
            await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await page.GetByLabel("Category (shown publicly)").SelectOptionAsync(new SelectOptionValue { Label = "Issued in error" });
            await page.Locator("#revoke-reason").FillAsync("Issued in error during a data migration");
            await page.GetByRole(AriaRole.Button, new() { Name = "Revoke certificate" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is revoked");

            await page.GotoAsync(verifyUrl!);
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("revoked");
            await site.ScreenshotAsync(page, "verify-revoked");
        });
    }
}
