using Microsoft.Playwright;

namespace CE.Platform.BrowserTests.Pages;

/// <summary>The catalog, a module's overview and its sections, as a learner moves through them.</summary>
public sealed class ModulePages(IPage page)
{
    public async Task OpenFromCatalogAsync(string title)
    {
        await page.GotoAsync("/catalog");
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
    }

    public Task StartAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Start the module" }).ClickAsync();

    public Task NextSectionAsync() => page.GetByRole(AriaRole.Navigation, new() { Name = "Section navigation" })
        .GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Next:") }).ClickAsync();

    public ILocator Contents => page.GetByRole(AriaRole.Navigation, new() { Name = "Module contents" });

    public ILocator SectionHeading => page.Locator("article.prose h2").First;
}
