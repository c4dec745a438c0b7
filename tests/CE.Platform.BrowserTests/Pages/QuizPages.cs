using Microsoft.Playwright;

namespace CE.Platform.BrowserTests.Pages;

/// <summary>The assessment, its result and the claim-credit form, in a page or in a frame (an LMS launch).</summary>
public sealed class QuizPages(IFrame page)
{
    public QuizPages(IPage page)
        : this(page.MainFrame)
    {
    }

    public Task StartAsync() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Take the assessment|Start another attempt)$") }).ClickAsync();

    /// <summary>The attempt id from the address of the running attempt.</summary>
    public int AttemptId => int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ticks each answer (form field name and option id) by clicking its label, as a person would.</summary>
    public async Task AnswerAsync(IEnumerable<KeyValuePair<string, string>> answers)
    {
        foreach (var (name, key) in answers)
        {
            var input = page.Locator($"input[name='{name}'][value='{key}']");
            await page.Locator($"label[for='{await input.GetAttributeAsync("id")}']").ClickAsync();
        }
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Submit for scoring" }).ClickAsync();

    public ILocator Remediation => page.Locator("ul.remediation a");

    /// <summary>The questions listed on a result page.</summary>
    public ILocator ReviewedQuestions => page.Locator("#review ~ article.question");

    /// <summary>The option lists of a full review, which show the key.</summary>
    public ILocator ReviewedOptions => page.Locator("ul.review-options");

    public async Task ClaimCreditAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Claim credit" }).ClickAsync();
        await page.GetByLabel("Credit type").SelectOptionAsync(new SelectOptionValue { Label = "Nursing contact hours" });
        await page.GetByLabel("I attest that I completed this activity").CheckAsync();
        foreach (var statement in new[] { "The learning objectives were met.", "The content is relevant to my practice.", "The content was free of commercial bias.", "The content was clear and well presented." })
        {
            await page.GetByRole(AriaRole.Group, new() { Name = statement }).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Group, new() { Name = "Do you intend to change your practice" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("What will you change").FillAsync("Re-check blood pressure 40 minutes after esketamine dosing.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the module" }).ClickAsync();
    }
}
