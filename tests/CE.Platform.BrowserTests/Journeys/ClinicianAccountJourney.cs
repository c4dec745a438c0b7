using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class ClinicianAccountJourney(LiveSite site)
{
    [Fact]
    public async Task Can_register_confirm_by_email_sign_in_and_sign_out()
    {
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);
        var email = AccountSteps.NewEmail("browser");

        await LiveSite.RunAsync(page, nameof(Can_register_confirm_by_email_sign_in_and_sign_out), async () =>
        {
            await account.RegisterAsync(email, "Zoë Ångström-Nakamura, CRNA", "CRNA", AccountSteps.Password);
            await Expect(account.Heading).ToHaveTextAsync("Check your email");

            var link = Mailbox.LinkTo(await site.Mailbox.WaitForAsync(email, "Confirm your email"), "/account/confirm-email");
            await page.GotoAsync(link);
            await Expect(account.Heading).ToHaveTextAsync("Email confirmed");

            await account.SignInAsync(email, AccountSteps.Password);
            await Expect(account.Navigation.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
            await page.GotoAsync("/profile");
            await Expect(page.GetByLabel("Full name as it should print on certificates")).ToHaveValueAsync("Zoë Ångström-Nakamura, CRNA");

            await account.SignOutAsync();
            await Expect(account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
            await page.GotoAsync("/profile");
            await Expect(account.Heading).ToHaveTextAsync("Sign in");
        });
    }

    [Fact]
    public async Task Sees_messages_next_to_the_fields_when_registration_is_incomplete()
    {
        var page = await site.NewPageAsync();

        await LiveSite.RunAsync(page, nameof(Sees_messages_next_to_the_fields_when_registration_is_incomplete), async () =>
        {
            await page.GotoAsync("/account/register");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

            await Expect(page.Locator("#Email-error")).ToHaveTextAsync("Enter your email address.");
            await Expect(page.Locator("#FullName-error")).ToHaveTextAsync("Enter your name as it should print on certificates.");
            await Expect(page.GetByLabel("Email")).ToHaveAttributeAsync("aria-invalid", "true");
        });
    }
}
