using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>
/// Single sign-on through a real OpenID Provider (oidc-provider in Node, <see cref="OidcProviderFixture"/>):
/// an administrator connects the organisation on the admin pages, then a clinician signs in on the
/// provider's own login and consent pages and signs out through its end-session page.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class SingleSignOnJourney(LiveSite site, OidcProviderFixture provider) : IClassFixture<OidcProviderFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(LiveSite.PhoneWidth)]
    public async Task A_clinician_of_a_connected_organisation_signs_in_at_its_provider_joins_it_and_signs_out_of_both(int width)
    {
        var page = await site.NewPageAsync(width);
        var account = new AccountPages(page);
        var sso = new SingleSignOnPages(page, provider.Issuer);

        await LiveSite.RunAsync(page, $"{nameof(A_clinician_of_a_connected_organisation_signs_in_at_its_provider_joins_it_and_signs_out_of_both)}-{width}", async () =>
        {
            var (organisation, domain) = await ConnectedOrganisationAsync(page, account, sso);
            var email = $"casey.clinician@{domain}";
            provider.AddPerson(email, email, emailVerified: true, name: "Casey Clinician, RN");
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(email);
            await site.ScreenshotAsync(page, $"sso-sign-in-email-{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Expect(page.Locator("input[name=login]")).ToHaveValueAsync(email);
            Assert.True(sso.OnProvider, $"Home-realm discovery sends the address to the organisation's provider, not {page.Url}.");
            await site.ScreenshotAsync(page, $"sso-provider-login-{width}");
            await sso.SignInAtProviderAsync(email);
            await sso.ConsentIfAskedAsync(site.BaseUrl);

            await Expect(account.Navigation.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
            await page.GotoAsync("/learning");
            await Expect(account.Heading).ToHaveTextAsync("My learning");
            await site.ScreenshotAsync(page, $"sso-dashboard-{width}");
            await page.GotoAsync("/profile/organisations");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(organisation);
            await page.GotoAsync("/profile");
            await Expect(page.GetByLabel("Full name as it should print on certificates")).ToHaveValueAsync("Casey Clinician, RN");

            await account.SignOutAsync();
            await Expect(sso.EndSessionQuestion).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, $"sso-provider-sign-out-{width}");
            await sso.ConfirmProviderSignOutAsync();
            await Expect(account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
            await page.GotoAsync("/learning");
            await Expect(account.Heading).ToHaveTextAsync("Sign in");

            // The provider's session ended too: signing in again asks for the password there.
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Expect(page.Locator("input[name=password]")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task A_person_whose_address_the_provider_has_not_verified_is_told_why_and_no_account_is_made()
    {
        var page = await site.NewPageAsync();
        var account = new AccountPages(page);
        var sso = new SingleSignOnPages(page, provider.Issuer);

        await LiveSite.RunAsync(page, nameof(A_person_whose_address_the_provider_has_not_verified_is_told_why_and_no_account_is_made), async () =>
        {
            var (_, domain) = await ConnectedOrganisationAsync(page, account, sso);
            var email = $"guest.unverified@{domain}";
            provider.AddPerson(email, email, emailVerified: false, name: "Gail Guest");
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await sso.SignInAtProviderAsync(email);
            await sso.ConsentIfAskedAsync(site.BaseUrl);

            await Expect(account.Heading).ToHaveTextAsync("Single sign-on refused");
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("verified");
            await Expect(account.Navigation.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, "sso-refused");
            Assert.False(await site.AccountExistsAsync(email));
        });
    }

    /// <summary>
    /// The provider's side (the app registered there, as an identity team would) is set-up; the site's side is the journey:
    /// an administrator creates the organisation and connects it on the admin pages, then signs out.
    /// </summary>
    private async Task<(string Name, string Domain)> ConnectedOrganisationAsync(IPage page, AccountPages account, SingleSignOnPages sso)
    {
        var admin = await site.CreateAccountAsync("Ada Admin", Roles.Learner, Roles.Admin);
        var name = $"Connected General {Guid.NewGuid():N}"[..26];
        var domain = $"h{Guid.NewGuid():N}"[..12] + ".example";
        await account.SignInAsync(admin, AccountSteps.Password);
        var organisationId = await sso.CreateOrganisationAsync(name);
        var (clientId, secret) = await provider.RegisterClientAsync(site.BaseUrl, organisationId);
        await sso.ConfigureAsync(name, clientId, secret, domain);
        await site.ScreenshotAsync(page, $"sso-admin-settings-{page.ViewportSize?.Width}");
        await account.SignOutAsync();
        return (name, domain);
    }
}
