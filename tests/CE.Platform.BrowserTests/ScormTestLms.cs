using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Scorm;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CE.Platform.BrowserTests;

/// <summary>
/// A tiny LMS for the browser: a page on its own loopback server (another origin of the same site, so
/// plain-HTTP cookies still reach the frame, and Chromium's local-network checks see loopback calling loopback) that creates scorm-again's runtime for a learner and loads the dispatch's
/// unzipped package in a frame, as an LMS's SCORM player does.
/// </summary>
public sealed class ScormTestLms(IPage page, WebApplication server) : IAsyncDisposable
{
    public IPage Page => page;

    public List<string> Console { get; } = [];

    public static async Task<ScormTestLms> OpenAsync(LiveSite site, int dispatchId, string version, string learnerId, string learnerName, int width = 1280)
    {
        var runtime = ScormAgainScript() ?? throw Skip();
        var package = Unzip(site.Factory.Services.GetRequiredService<ScormPackage>().Build(version == "1.2" ? ScormVersion.Scorm12 : ScormVersion.Scorm2004, dispatchId, "Ketamine pharmacology"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        server.MapGet("/{**path}", (string? path) => path switch
        {
            "scorm-again.js" => Results.Bytes(runtime, "text/javascript"),
            "lms.html" => Results.Text(LmsPage(version, learnerId, learnerName), "text/html"),
            _ when path?.StartsWith("package/", StringComparison.Ordinal) == true && package.TryGetValue(path["package/".Length..], out var file)
                => Results.Bytes(file, path.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/html"),
            _ => Results.NotFound(),
        });
        await server.StartAsync();
        var page = await site.NewPageAsync(width);
        var lms = new ScormTestLms(page, server);
        page.Console += (_, message) => lms.Console.Add(message.Text);
        await page.GotoAsync($"{server.Urls.Single()}/lms.html");
        return lms;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    /// <summary>The course frame (our site) inside the package's launch page.</summary>
    public async Task<IFrame> CourseFrameAsync()
    {
        try
        {
            await page.FrameLocator("#sco").Locator("#ce-frame:not([hidden])").WaitForAsync();
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The launch page did not open the course: {await page.FrameLocator("#sco").Locator("#ce-message").InnerTextAsync()} Console: {string.Join(" / ", Console)}");
        }

        return page.Frames.First(f => f.Name != "sco" && f.ParentFrame?.Url.Contains("/package/", StringComparison.Ordinal) == true);
    }

    /// <summary>The launch link the launch page opened in its frame.</summary>
    public async Task<string> LaunchUrlAsync()
    {
        var frame = page.FrameLocator("#sco").Locator("#ce-frame:not([hidden])");
        await frame.WaitForAsync();
        return (await frame.GetAttributeAsync("src"))!;
    }

    /// <summary>A launch link issued to a learner's launch page in another browser, not opened there yet.</summary>
    public static async Task<string> UnopenedLaunchUrlAsync(LiveSite site, int dispatchId)
    {
        var token = System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.UTF8.GetString(Unzip(
            site.Factory.Services.GetRequiredService<ScormPackage>().Build(ScormVersion.Scorm2004, dispatchId, "x"))["launch.html"]), "data-token=\"([^\"]+)\"").Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/scorm/dispatches/{dispatchId}/launch")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = System.Net.WebUtility.HtmlDecode(token), ["learnerId"] = $"lms-{Guid.NewGuid():N}", ["learnerName"] = "Another, Learner" }),
        };
        request.Headers.Add("Origin", "http://127.0.0.1:1");
        using var response = await http.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("launchUrl").GetString()!;
    }

    private static string LmsPage(string version, string learnerId, string learnerName) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><script src="/scorm-again.js"></script></head>
        <body><main><h1>Test LMS</h1>
        <script>
          const learner = {{JsonSerializer.Serialize(new { id = learnerId, name = learnerName })}};
          if ('{{version}}' === '2004') {
            window.API_1484_11 = new Scorm2004API({ logLevel: 5 });
            window.API_1484_11.loadFromJSON({ learner_id: learner.id, learner_name: learner.name });
          } else {
            window.API = new Scorm12API({ logLevel: 5 });
            window.API.loadFromJSON({ core: { student_id: learner.id, student_name: learner.name } });
          }
        </script>
        <iframe id="sco" name="sco" title="Course" src="/package/launch.html" style="width:100%;height:1400px;border:0"></iframe>
        </main></body></html>
        """;

    private static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var copy = new MemoryStream();
            e.Open().CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static byte[]? ScormAgainScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "tests", "CE.Platform.Testing", "scorm", "node_modules", "scorm-again", "dist", "scorm-again.js");
            if (File.Exists(script))
            {
                return File.ReadAllBytes(script);
            }
        }

        return null;
    }

    private static InvalidOperationException Skip()
    {
        Requirements.Unavailable("CE_REQUIRE_SCORM", "scorm-again is not installed: run npm ci in tests/CE.Platform.Testing/scorm.");
        return new InvalidOperationException("unreachable");
    }
}
