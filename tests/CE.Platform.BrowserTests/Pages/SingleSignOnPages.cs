using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Pages;

/// <summary>
/// Single sign-on as people see it: the administrator's organisation and settings pages, and the
/// OpenID Provider's own pages (oidc-provider's development login, consent and sign-out pages).
/// </summary>
public sealed partial class SingleSignOnPages(IPage page, string issuer)
{
    /// <summary>The provider is on the site's host, another port: the pages live at the issuer's origin.</summary>
    public bool OnProvider => page.Url.StartsWith(issuer + "/", StringComparison.Ordinal);

    /// <summary>As an administrator: creates an organisation on the admin page and returns its id.</summary>
    public async Task<int> CreateOrganisationAsync(string name)
    {
        await page.GotoAsync("/admin/organisations");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.WaitForURLAsync(CoordinatorPage());
        return int.Parse(CoordinatorPage().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>As an administrator: from the organisations list to the organisation's single sign-on page, filled in and saved.</summary>
    public async Task ConfigureAsync(string organisationName, string clientId, string secret, string domain)
    {
        await page.GotoAsync("/admin/organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Set up — single sign-on for {organisationName}" }).ClickAsync();
        await page.GetByLabel("Issuer URL").FillAsync(issuer);
        await page.GetByLabel("Client ID").FillAsync(clientId);
        await page.GetByLabel("Client secret").FillAsync(secret);
        await page.GetByLabel("Email domains (one a line)").FillAsync(domain);
        await page.GetByLabel("Single sign-on is on").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the provider and save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Single sign-on is on for {organisationName}.");
    }

    /// <summary>On the provider's login page: the login name (the site sent the address as login_hint) and a password.</summary>
    public async Task SignInAtProviderAsync(string login)
    {
        await Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any password: the development pages accept every one");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
    }

    /// <summary>Confirms the provider's consent page when it asks; waits until the browser is back on the site.</summary>
    public async Task ConsentIfAskedAsync(string siteBaseUrl)
    {
        var consent = page.Locator("form[action*='/interaction/'] button", new() { HasText = "Continue" });
        // The site's pages have its main navigation; the provider's have none.
        var back = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(consent.Or(back)).ToBeVisibleAsync();
        if (await consent.IsVisibleAsync())
        {
            await consent.ClickAsync();
        }

        await page.WaitForURLAsync(url => url.StartsWith(siteBaseUrl + "/", StringComparison.Ordinal));
    }

    /// <summary>The provider's RP-initiated logout page (its end-session endpoint) and its confirm button.</summary>
    public ILocator EndSessionQuestion => page.GetByRole(AriaRole.Heading, new() { NameRegex = SignOutQuestion() });

    public Task ConfirmProviderSignOutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();

    [GeneratedRegex(@"/coordinator/(\d+)$")]
    private static partial Regex CoordinatorPage();

    [GeneratedRegex("^Do you want to sign-out from")]
    private static partial Regex SignOutQuestion();
}
