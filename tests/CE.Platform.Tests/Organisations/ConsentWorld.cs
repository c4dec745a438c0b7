using System.IO.Compression;
using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Organisations;

/// <summary>
/// What a coordinator of one organisation can get about a learner, through every door they have:
/// the completions CSV, the matrix and its CSV, the certificate zip and the certificate download.
/// </summary>
public sealed class CoordinatorView(AppFixture app, AppClient coordinator, int organisationId)
{
    public AppClient Client => coordinator;
    public int OrganisationId => organisationId;

    public async Task<string> CompletionsCsvAsync()
    {
        using var response = await coordinator.GetAsync($"/coordinator/{organisationId}/completions.csv");
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<string> MatrixCsvAsync()
    {
        using var response = await coordinator.GetAsync($"/coordinator/{organisationId}/matrix.csv");
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<string> MatrixAsync() => (await coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix")).QuerySelector("main")?.TextContent ?? "";

    public async Task<IReadOnlyList<string>> ZipEntriesAsync()
    {
        using var response = await coordinator.SubmitAsync($"/coordinator/{organisationId}/matrix", new Dictionary<string, string>(), "form[action$='/certificates/export']");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return zip.Entries.Select(e => e.Name).ToList();
    }

    public async Task<HttpStatusCode> CertificateDownloadAsync(string number)
    {
        using var response = await coordinator.GetAsync($"/certificates/{number}.pdf");
        return response.StatusCode;
    }

    /// <summary>True when any of the coordinator's doors shows <paramref name="text"/> (a certificate number, an email).</summary>
    public async Task<bool> SeesAnywhereAsync(string text) =>
        (await CompletionsCsvAsync()).Contains(text, StringComparison.Ordinal)
        || (await MatrixCsvAsync()).Contains(text, StringComparison.Ordinal)
        || (await MatrixAsync()).Contains(text, StringComparison.Ordinal)
        || (await ZipEntriesAsync()).Any(e => e.Contains(text, StringComparison.Ordinal));

    /// <summary>Members other than the coordinators.</summary>
    public Task<int> MembersAsync() => app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.CountAsync(m => m.OrganisationId == organisationId && !m.IsCoordinator));

    public static Task<int> ModuleIdAsync(AppFixture app, string slug) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Modules.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    public static Task<string> UserIdAsync(AppFixture app, string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
