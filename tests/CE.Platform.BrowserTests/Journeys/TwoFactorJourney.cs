using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

[Collection(LiveSiteCollection.Name)]
public sealed class TwoFactorJourney(LiveSite site)
{
    [Fact]
    public async Task An_admin_enrols_an_authenticator_app_then_signs_in_with_a_code_and_later_with_a_recovery_code()
    {
        var email = await site.CreateAccountAsync("Ada Admin", Roles.Learner, Roles.Admin);
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);
        var twoFactor = new TwoFactorPages(page);

        await LiveSite.RunAsync(page, nameof(An_admin_enrols_an_authenticator_app_then_signs_in_with_a_code_and_later_with_a_recovery_code), async () =>
        {
            await account.SignInAsync(email, AccountSteps.Password);
            await page.GotoAsync("/profile/two-factor/setup");
            await Expect(twoFactor.QrCode).ToBeVisibleAsync();
            var (key, recoveryCodes) = await twoFactor.EnrolAsync();
            await Expect(account.Heading).ToHaveTextAsync("Your recovery codes");
            await Expect(twoFactor.DownloadLink).ToHaveAttributeAsync("download", "ce-platform-recovery-codes.txt");
            Assert.Equal(10, recoveryCodes.Count);
            await site.ScreenshotAsync(page, "two-factor-recovery-codes");
            await account.SignOutAsync();

            await account.SignInAsync(email, AccountSteps.Password);
            await Expect(account.Heading).ToHaveTextAsync("Enter your code");
            await twoFactor.EnterCodeAsync(Totp.Now(key));
            await page.GotoAsync("/admin/organisations");
            await Expect(account.Heading).ToHaveTextAsync("Organisations");
            await account.SignOutAsync();

            await account.SignInAsync(email, AccountSteps.Password);
            await twoFactor.EnterCodeAsync(recoveryCodes[0]);
            await page.GotoAsync("/profile/two-factor");
            await Expect(page.GetByText("Recovery codes left: 9 of 10")).ToBeVisibleAsync();
        });
    }
}
