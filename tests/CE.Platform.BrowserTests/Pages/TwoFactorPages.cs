using CE.Platform.Testing;
using Microsoft.Playwright;

namespace CE.Platform.BrowserTests.Pages;

/// <summary>The two-factor pages as a person with an authenticator app uses them; codes are computed from the key shown.</summary>
public sealed class TwoFactorPages(IPage page)
{
    public ILocator QrCode => page.GetByRole(AriaRole.Img, new() { Name = "QR code holding the key shown below" });

    public ILocator DownloadLink => page.GetByRole(AriaRole.Link, new() { Name = "Download as a text file" });

    /// <summary>From the profile: set up, answer with the app's code; returns the key and the recovery codes shown.</summary>
    public async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync()
    {
        await page.GotoAsync("/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        return (key, await page.Locator("#recovery-codes code").AllInnerTextsAsync());
    }

    public async Task EnterCodeAsync(string code)
    {
        await page.GetByLabel("Code from your authenticator app, or a recovery code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
