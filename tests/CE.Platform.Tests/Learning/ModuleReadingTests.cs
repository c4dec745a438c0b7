using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Learning;

public abstract class ModuleReadingTests(AppFixture app)
{
    private static readonly string[] ShippedModules = ["ketamine-pharmacology", "ketamine-history", "ketamine-depression", "ketamine-safety"];

    [Fact]
    public async Task Anyone_sees_the_catalog_with_objectives_minutes_and_credit()
    {
        using var client = app.NewClient();

        var catalog = await client.GetPageAsync("/catalog");

        foreach (var slug in ShippedModules)
        {
            var card = catalog.QuerySelector($"a[href='/modules/{slug}']")?.Closest("article");
            Assert.NotNull(card);
            Assert.Contains("60 minutes", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("1 credit hour", card.TextContent, StringComparison.Ordinal);
            Assert.InRange(card.QuerySelectorAll("details li").Length, 3, 5);
        }
    }

    [Fact]
    public async Task Module_pages_need_a_signed_in_learner()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/modules/ketamine-safety");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ketamine-pharmacology")]
    [InlineData("ketamine-history")]
    [InlineData("ketamine-depression")]
    [InlineData("ketamine-safety")]
    public async Task Each_shipped_module_renders_its_sections_with_numbered_references(string slug)
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);

        var overview = await client.GetPageAsync($"/modules/{slug}");
        var sections = overview.QuerySelectorAll("nav.toc li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(overview.QuerySelectorAll("ol.references li").Length, 8, 60);
        Assert.NotEmpty(overview.QuerySelectorAll("#disclosure, #credit"));
        foreach (var href in sections)
        {
            var page = await client.GetPageAsync(href);
            Assert.NotNull(page.QuerySelector($"article.prose h2#{href.Split('/')[^1]}"));
            Assert.Empty(page.QuerySelectorAll("article.prose script, article.prose [onclick], article.prose iframe"));
            foreach (var citation in page.QuerySelectorAll("sup.cite a"))
            {
                Assert.NotNull(page.QuerySelector(citation.GetAttribute("href")!));
            }
        }

        client.Dispose();
    }

    [Fact]
    public async Task Reading_sections_is_recorded_on_the_server_and_shown_on_the_dashboard()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var before = await client.GetPageAsync("/learning");
        Assert.Contains("Not started", Row(before, "ketamine-safety"), StringComparison.Ordinal);

        var overview = await client.GetPageAsync("/modules/ketamine-safety");
        var sections = overview.QuerySelectorAll("nav.toc li a").Select(a => a.GetAttribute("href")!).ToList();
        await client.GetPageAsync(sections[0]);
        await client.GetPageAsync(sections[1]);
        await client.GetPageAsync(sections[1]);

        var after = await client.GetPageAsync("/modules/ketamine-safety");
        Assert.Contains($"2 of {sections.Count} sections read", after.QuerySelector("nav.toc")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, after.QuerySelectorAll("nav.toc .badge--success").Length);
        var dashboard = await client.GetPageAsync("/learning");
        Assert.Contains("In progress", Row(dashboard, "ketamine-safety"), StringComparison.Ordinal);
        Assert.Contains($"2 of {sections.Count}", Row(dashboard, "ketamine-safety"), StringComparison.Ordinal);
        client.Dispose();
    }

    [Theory]
    [InlineData("/modules/no-such-module")]
    [InlineData("/modules/ketamine-safety/no-such-section")]
    public async Task An_unknown_module_or_section_is_not_found(string url)
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        client.Dispose();
    }

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument page, string slug) =>
        page.QuerySelector($"table a[href='/modules/{slug}']")?.Closest("tr")?.TextContent ?? "";
}

[Collection(Collections.Sqlite)]
public sealed class ModuleReadingTestsOnSqlite(SqliteAppFixture app) : ModuleReadingTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ModuleReadingTestsOnPostgreSql(PostgreSqlAppFixture app) : ModuleReadingTests(app);
