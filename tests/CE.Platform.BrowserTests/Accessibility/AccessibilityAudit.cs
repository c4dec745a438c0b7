using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;

namespace CE.Platform.BrowserTests.Accessibility;

/// <summary>
/// Checks every page a journey shows with axe-core against WCAG 2.0, 2.1 and 2.2 A and AA and axe's best practices. axe runs
/// inside each document once it has loaded (audit.js); a navigation away from a page waits until
/// that page's check has been reported, so no page is skipped however fast a journey clicks on.
/// Journeys need no calls of their own: <see cref="LiveSite"/> watches each page it opens and
/// <see cref="LiveSite.RunAsync"/> asserts at the end.
/// </summary>
public sealed class AccessibilityAudit
{
    /// <summary>Far longer than axe takes on any page here; past it the page counts as not checked.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(20);

    private static readonly string[] ScriptFiles = ["axe-core/axe.min.js", "audit.js"];
    private static readonly Lazy<string> Script = new(() => string.Join('\n',
        ScriptFiles.Select(file => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", file)))));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConditionalWeakTable<IPage, AccessibilityAudit> Audits = [];

    private readonly IPage page;
    private readonly List<PageViolations> found = [];
    private readonly List<string> checkedPaths = [];
    private TaskCompletionSource current = CompletedCheck();

    private AccessibilityAudit(IPage page) => this.page = page;

    /// <summary>The pages checked so far, by path and query, in the order they were shown.</summary>
    public IReadOnlyList<string> CheckedPaths => checkedPaths;

    /// <summary>Checks the pages of <paramref name="siteOrigin"/>; another site's pages (an identity provider's) are not ours to fix.</summary>
    public static async Task WatchAsync(IPage page, string siteOrigin)
    {
        var audit = new AccessibilityAudit(page);
        Audits.Add(page, audit);
        await page.ExposeFunctionAsync("__ceAxeStarted", audit.Started);
        await page.ExposeFunctionAsync<string>("__ceAxeFinished", audit.Finished);
        await page.AddInitScriptAsync($"window.__ceSiteOrigin = {JsonSerializer.Serialize(siteOrigin)};\n{Script.Value}");
        await page.RouteAsync("**/*", audit.BeforeRequestAsync);
    }

    public static AccessibilityAudit Of(IPage page) =>
        Audits.TryGetValue(page, out var audit) ? audit : throw new InvalidOperationException("This page was not opened through LiveSite.NewPageAsync.");

    /// <summary>Waits until the page shown now has been checked.</summary>
    public async Task WaitForCurrentPageAsync()
    {
        try
        {
            await current.Task.WaitAsync(CheckTimeout);
        }
        catch (TimeoutException)
        {
            lock (found)
                found.Add(new PageViolations(page.Url, [], $"no result from axe within {CheckTimeout.TotalSeconds} seconds"));
            current = CompletedCheck();
        }
    }

    /// <summary>Fails with every violation found on any page, each with its rule, impact, elements and help.</summary>
    public void AssertNoViolations()
    {
        lock (found)
        {
            if (found.Count > 0)
                Assert.Fail(AccessibilityReport.Describe(found));
        }
    }

    private void Started() => current = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Finished(string json)
    {
        var result = JsonSerializer.Deserialize<CheckedPage>(json, Json)!;
        if (result.Violations is { } violations)
        {
            checkedPaths.Add(result.Path);
            lock (found)
            {
                if (violations.Length > 0 || result.Error is not null)
                    found.Add(new PageViolations(result.Path, violations, result.Error));
            }
        }

        current.TrySetResult();
    }

    /// <summary>Holds a navigation of the main frame until the page being left has been checked.</summary>
    private async Task BeforeRequestAsync(IRoute route)
    {
        if (route.Request.IsNavigationRequest && route.Request.Frame == page.MainFrame)
            await WaitForCurrentPageAsync();
        await route.FallbackAsync();
    }

    private static TaskCompletionSource CompletedCheck()
    {
        var check = new TaskCompletionSource();
        check.SetResult();
        return check;
    }

    /// <summary>What audit.js reports: no violations list for a page it skips, an error if axe failed.</summary>
    private sealed record CheckedPage(string Path, AxeViolation[]? Violations, string? Error);
}
