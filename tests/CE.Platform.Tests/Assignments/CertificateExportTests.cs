using System.IO.Compression;
using CE.Platform.Testing;
using CE.Platform.Tests.Certificates;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

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

    [Fact]
    public async Task A_coordinators_zip_and_downloads_print_a_licence_number_only_where_the_learner_agreed_to_board_reporting_and_the_learners_own_pdf_keeps_it()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var learners = new List<(AppClient Client, string Number, string Licence, bool Consented)>();
        foreach (var consented in new[] { false, true })
        {
            var (learner, email) = await AccountSteps.SignedInAsync(app);
            var licence = $"LIC{Guid.NewGuid():N}"[..12].ToUpperInvariant();
            await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.LicenseNumber, licence).SetProperty(u => u.ReportToBoards, consented)));
            await OrganisationSteps.AddAsync(app, organisationId, email);
            learners.Add((learner, (await CompletionSteps.CompleteAsync(app, learner, "ketamine-safety")).Number, licence, consented));
        }

        using var zip = await coordinator.SubmitAsync($"/coordinator/{organisationId}/matrix", new Dictionary<string, string>(), "form[action$='/certificates/export']");
        var texts = PdfTexts(await zip.Content.ReadAsByteArrayAsync());

        foreach (var (learner, number, licence, consented) in learners)
        {
            Assert.Equal(consented, texts[$"{number}.pdf"].Contains(licence, StringComparison.Ordinal));
            // The learner's copy first, so a cached PDF with the licence would be what the coordinator gets next.
            using var own = await learner.GetAsync($"/certificates/{number}.pdf");
            using var single = await coordinator.GetAsync($"/certificates/{number}.pdf");
            Assert.Contains(licence, Text(await own.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
            Assert.Equal(consented, Text(await single.Content.ReadAsByteArrayAsync()).Contains(licence, StringComparison.Ordinal));
            learner.Dispose();
        }

        coordinator.Dispose();
    }

    private static Dictionary<string, string> PdfTexts(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var pdf = new MemoryStream();
            e.Open().CopyTo(pdf);
            return Text(pdf.ToArray());
        });
    }

    /// <summary>Every page's text as PdfPig (an independent reader) extracts it, without white space.</summary>
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return CertificatePdf.Squeezed(string.Concat(document.GetPages().Select(p => p.Text)));
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
