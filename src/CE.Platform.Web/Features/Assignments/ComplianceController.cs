using System.IO.Compression;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>The compliance matrix and the organisation's exports: proof for audits and accreditors.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("coordinator/{id:int}")]
public sealed class ComplianceController(OrganisationScope scope, ComplianceMatrixQuery matrix, AppDbContext db, CertificateDocuments documents,
    ICertificateRenderer renderer, AuditLog audit, TimeProvider clock) : Controller
{
    public const int ZipLimit = 500;

    [HttpGet("matrix")]
    public async Task<IActionResult> Matrix(int id, int? unit, CellStatus? status, string sort = "name", int page = 1, CancellationToken cancellationToken = default) =>
        await scope.FindAsync(id, cancellationToken) is { } organisation
            ? View((organisation, await matrix.BuildAsync(organisation, new MatrixFilter(unit, status, sort, page), cancellationToken)))
            : NotFound();

    [HttpGet("matrix.csv")]
    public async Task<IActionResult> MatrixCsv(int id, int? unit, CellStatus? status, string sort = "name", CancellationToken cancellationToken = default)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        var full = await matrix.FullAsync(organisation, new MatrixFilter(unit, status, sort), cancellationToken);
        return await ExportAsync(organisation, "compliance matrix", ComplianceCsv.Matrix(full), "compliance", cancellationToken);
    }

    [HttpGet("completions.csv")]
    public async Task<IActionResult> CompletionsCsv(int id, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        var rows = await OrganisationCertificates(id).OrderBy(c => c.CompletedAtUtc).ToListAsync(cancellationToken);
        return await ExportAsync(organisation, "completions", ComplianceCsv.Completions(rows), "completions", cancellationToken);
    }

    [HttpGet("certificates.zip")]
    public async Task<IActionResult> CertificatesZip(int id, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        var certificates = await OrganisationCertificates(id).OrderBy(c => c.LearnerName).Take(ZipLimit + 1).ToListAsync(cancellationToken);
        if (certificates.Count > ZipLimit)
        {
            TempData["Status"] = $"More than {ZipLimit} certificates: download them by unit, or use the completions CSV.";
            return Redirect($"/coordinator/{id}/matrix");
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var certificate in certificates)
            {
                var entry = zip.CreateEntry($"{certificate.Number}.pdf", CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(renderer.Render(documents.For(certificate)), cancellationToken);
            }
        }

        audit.Record("export.certificates", organisation.Name, $"{certificates.Count} certificate(s)");
        await db.SaveChangesAsync(cancellationToken);
        return File(buffer.ToArray(), "application/zip", $"certificates-{clock.GetUtcNow():yyyy-MM-dd}.zip");
    }

    private IQueryable<Certificate> OrganisationCertificates(int organisationId) =>
        db.Certificates.AsNoTracking().Where(c => c.Status == CertificateStatus.Valid && db.Memberships.Any(m => m.OrganisationId == organisationId && m.UserId == c.UserId));

    private async Task<IActionResult> ExportAsync(Organisation organisation, string what, Infrastructure.Csv.CsvDocument csv, string name, CancellationToken cancellationToken)
    {
        audit.Record("export." + name, organisation.Name, what);
        await db.SaveChangesAsync(cancellationToken);
        return File(csv.ToBytes(), "text/csv", $"{name}-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
