using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// Script typed into names, credential, licence, organisation, accommodation and revocation fields is
/// shown on learner, coordinator, admin and verify pages in a real browser, and none of it runs.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PayloadJourney(LiveSite site)
{
    private const string Ran = "() => typeof window.__xss !== 'undefined'";
    private const string BecameMarkup = "() => [...document.scripts].some(s => s.text.includes('__xss')) || document.querySelector('[onerror], [onload]') !== null";

    private readonly List<string> dialogs = [];

    [Fact]
    public async Task Pages_showing_script_typed_into_free_text_fields_run_none_of_it_and_open_no_dialog()
    {
        var name = Payloads.Name("B");
        var reason = Payloads.Text("reason");
        var learner = await site.CreateAccountAsync(name, Roles.Learner);
        var coordinator = await site.CreateAccountAsync(Payloads.Name("C"), Roles.Learner, Roles.Coordinator);
        var admin = await site.CreateAccountAsync("Payload Admin", Roles.Learner, Roles.Admin);
        var organisationId = await site.CreateOrganisationAsync(Payloads.Script + Payloads.Attribute, coordinator, learner);
        var page = await site.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type} '{dialog.Message}' on {page.Url}");
            _ = dialog.DismissAsync();
        };
        var account = new AccountPages(page);
        var quiz = new QuizPages(page);
        await LiveSite.RunAsync(page, nameof(Pages_showing_script_typed_into_free_text_fields_run_none_of_it_and_open_no_dialog), async () =>
        {
            await account.SignInAsync(learner, AccountSteps.Password);
            await page.GotoAsync("/profile");
            await page.GetByLabel("Profession / credential").FillAsync(Payloads.Short("CR"));
            await page.GetByLabel("Licence number").FillAsync(Payloads.Short("LN"));
            await page.GetByLabel("Licensing state or country").FillAsync(Payloads.JavascriptUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
            await page.GotoAsync("/modules/ketamine-history");
            await quiz.StartAsync();
            await quiz.AnswerAsync(await QuizSteps.AnswersAsync(site.Factory.Services, quiz.AttemptId, correct: true));
            await quiz.SubmitAsync();
            await quiz.ClaimCreditAsync();
            await InertAsync(page, "/profile", null);
            await InertAsync(page, "/learning", null);
            await InertAsync(page, "/certificates", null);
            await page.Locator("td a[href^='/certificates/CE-']").First.ClickAsync();
            await InertAsync(page, page.Url, name);
            var verify = await page.Locator("dd a[href*='/verify/']").GetAttributeAsync("href");
            await InertAsync(page, "/transcript", null);
            await account.SignOutAsync();
            await InertAsync(page, verify!, name);

            await account.SignInAsync(coordinator, AccountSteps.Password);
            await page.GotoAsync($"/coordinator/{organisationId}/accommodations");
            await page.GetByLabel("Learner").SelectOptionAsync(new SelectOptionValue { Label = $"{name} ({learner})" });
            await page.GetByLabel("Module").SelectOptionAsync(new SelectOptionValue { Label = "Ketamine pharmacology" });
            await page.GetByLabel("Extra minutes").FillAsync("10");
            await page.GetByLabel("Reason").FillAsync(reason);
            await page.GetByRole(AriaRole.Button, new() { Name = "Grant" }).ClickAsync();
            await InertAsync(page, $"/coordinator/{organisationId}/accommodations", reason);
            await InertAsync(page, "/coordinator", Payloads.Script);
            await InertAsync(page, $"/coordinator/{organisationId}", name);
            await InertAsync(page, $"/coordinator/{organisationId}/matrix", name);
            await account.SignOutAsync();

            await account.SignInAsync(admin, AccountSteps.Password);
            await InertAsync(page, "/admin/organisations", Payloads.Script);
            await InertAsync(page, $"/admin/certificates?q={Uri.EscapeDataString(Payloads.Script)}", name);
            await page.Locator("td a[href^='/admin/certificates/CE-']").First.ClickAsync();
            await page.GetByLabel("Category (shown publicly)").SelectOptionAsync(new SelectOptionValue { Label = "Issued in error" });
            await page.Locator("#revoke-reason").FillAsync(reason);
            await page.GetByRole(AriaRole.Button, new() { Name = "Revoke certificate" }).ClickAsync();
            await InertAsync(page, page.Url, reason);
            await InertAsync(page, "/admin/audit", reason);
            Assert.Empty(dialogs);
        });
    }

    /// <summary>Opens <paramref name="url"/> (unless already there) and checks nothing of the payloads ran or became markup, and <paramref name="shown"/> is on the page as text.</summary>
    private static async Task InertAsync(IPage page, string url, string? shown)
    {
        if (page.Url != url)
        {
            await page.GotoAsync(url);
        }

        Assert.False(await page.EvaluateAsync<bool>(Ran), $"A payload ran on {url}.");
        Assert.False(await page.EvaluateAsync<bool>(BecameMarkup), $"A payload became markup on {url}.");
        if (shown is not null)
        {
            await Expect(page.Locator("main")).ToContainTextAsync(shown);
        }
    }
}
