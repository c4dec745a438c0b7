using System.IO.Compression;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

public abstract class CertificateExportTests(AppFixture app)
{
    [Fact]
    public async Task A_coordinator_downloads_the_organisations_certificates_as_a_zip_and_large_sets_come_from_a_job()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var numbers = new List<string>();
        foreach (var module in new[] { "ketamine-safety", "ketamine-history" })
        {
            var (learner, email) = await AccountSteps.SignedInAsync(app);
            await OrganisationSteps.AddAsync(app, organisationId, email);
            numbers.Add((await CompletionSteps.CompleteAsync(app, learner, module)).Number);
            learner.Dispose();
        }

        using var inline = await coordinator.SubmitAsync($"/coordinator/{organisationId}/matrix", new Dictionary<string, string>(), "form[action$='/certificates/export']");
        Assert.Equal(numbers.Select(n => $"{n}.pdf").Order(), Entries(await inline.Content.ReadAsByteArrayAsync()).Order());

        var operationId = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var operation = new BulkOperation { OrganisationId = organisationId, Description = "Preparing a zip", Total = 2, CreatedByUserId = "test", CreatedAtUtc = DateTime.UtcNow };
            db.BulkOperations.Add(operation);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<CertificateZipJob>().RunAsync(operation.Id, default);
            await sp.GetRequiredService<CertificateZipJob>().RunAsync(operation.Id, default);
            return operation.Id;
        });
        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}/operations/{operationId}");
        using var file = await coordinator.GetAsync($"/coordinator/{organisationId}/operations/{operationId}/file");

        Assert.Contains("Succeeded: 2 of 2", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/coordinator/{organisationId}/operations/{operationId}/file']"));
        Assert.Equal(numbers.Select(n => $"{n}.pdf").Order(), Entries(await file.Content.ReadAsByteArrayAsync()).Order());
        coordinator.Dispose();
    }

    private static List<string> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Select(e => e.FullName).ToList();
    }
}

[Collection(Collections.Sqlite)]
public sealed class CertificateExportTestsOnSqlite(SqliteAppFixture app) : CertificateExportTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CertificateExportTestsOnPostgreSql(PostgreSqlAppFixture app) : CertificateExportTests(app);
