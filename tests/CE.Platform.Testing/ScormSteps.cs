using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>An administrator's dispatch made through the admin pages, its packages, and launches as an LMS's launch page makes them.</summary>
public static partial class ScormSteps
{
    public const string LmsOrigin = "https://lms.hospital.example";

    public static Task<int> ModuleIdAsync(AppFixture app, string slug) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Modules.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    public static async Task<int> CreateDispatchAsync(AppClient admin, int moduleId, int organisationId, int seats = 10)
    {
        using var created = await admin.SubmitAsync("/admin/scorm", new Dictionary<string, string>
        {
            ["ModuleId"] = moduleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SeatLimit"] = seats.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var location = created.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No dispatch created: {created.StatusCode}");
        return int.Parse(location["/admin/scorm/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> ChangeAsync(AppClient admin, int dispatchId, string change) =>
        admin.SubmitAsync($"/admin/scorm/{dispatchId}", new Dictionary<string, string>(), $"form[action$='/{change}']");

    /// <summary>The package's files by name.</summary>
    public static async Task<Dictionary<string, byte[]>> PackageAsync(AppClient admin, int dispatchId, string version)
    {
        using var response = await admin.GetAsync($"/admin/scorm/{dispatchId}/package/{version}");
        response.EnsureSuccessStatusCode();
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>The package token written into the launch page.</summary>
    public static string PackageToken(Dictionary<string, byte[]> package) =>
        PackageTokenAttribute().Match(System.Text.Encoding.UTF8.GetString(package["launch.html"])).Groups[1].Value;

    /// <summary>The launch page's request: a form post from the LMS's origin.</summary>
    public static async Task<HttpResponseMessage> RequestLaunchAsync(AppClient browser, int dispatchId, string token, string learnerId, string learnerName = "Doe, Jane", string? origin = LmsOrigin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/scorm/dispatches/{dispatchId}/launch")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["learnerId"] = learnerId, ["learnerName"] = learnerName }),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await browser.Http.SendAsync(request);
    }

    /// <summary>A granted launch's links, as paths of this app.</summary>
    public static async Task<(string LaunchPath, string StatusPath)> GrantAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var grant = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (new Uri(grant.GetProperty("launchUrl").GetString()!).PathAndQuery, new Uri(grant.GetProperty("statusUrl").GetString()!).PathAndQuery);
    }

    /// <summary>Requests a launch and opens it in the same browser: the learner is signed in inside the frame.</summary>
    public static async Task<string> LaunchAsync(AppClient browser, int dispatchId, string token, string learnerId)
    {
        using var requested = await RequestLaunchAsync(browser, dispatchId, token, learnerId);
        var (launch, status) = await GrantAsync(requested);
        using var opened = await browser.GetAsync(launch);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, opened.StatusCode);
        return status;
    }

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex PackageTokenAttribute();
}
