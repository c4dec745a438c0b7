using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>The compliance matrix and the organisation's exports: proof for audits and accreditors.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("coordinator/{id:int}")]
public sealed class ComplianceController(OrganisationScope scope, ComplianceMatrixQuery matrix, AppDbContext db, CertificateArchive archive,
    IBackgroundJobClient jobs, AuditLog audit, TimeProvider clock) : Controller
{
    public const int InlineZipLimit = 100;

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

        var rows = await archive.ForCompletionsCsvAsync(id, cancellationToken);
        return await ExportAsync(organisation, "completions", ComplianceCsv.Completions(rows), "completions", cancellationToken);
    }

    /// <summary>Small sets download at once; larger ones are prepared by a job whose page offers the file.</summary>
    [HttpPost("certificates/export"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ExportCertificates(int id, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        var count = await archive.OfOrganisation(id).CountAsync(cancellationToken);
        audit.Record("export.certificates", organisation.Name, $"{count} certificate(s)");
        if (count <= InlineZipLimit)
        {
            await db.SaveChangesAsync(cancellationToken);
            return File(await archive.ZipAsync(id, null, cancellationToken), "application/zip", $"certificates-{clock.GetUtcNow():yyyy-MM-dd}.zip");
        }

        var operation = new BulkOperation
        {
            OrganisationId = id, Description = $"Preparing a zip of {count} certificates", Total = count, CreatedByUserId = scope.UserId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.BulkOperations.Add(operation);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<CertificateZipJob>(job => job.RunAsync(operation.Id, CancellationToken.None));
        return Redirect($"/coordinator/{id}/operations/{operation.Id}");
    }

    [HttpGet("operations/{operationId:int}/file")]
    public async Task<IActionResult> OperationFile(int id, int operationId, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var file = await db.ExportFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.BulkOperationId == operationId && db.BulkOperations.Any(o => o.Id == operationId && o.OrganisationId == id), cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> ExportAsync(Organisation organisation, string what, Infrastructure.Csv.CsvDocument csv, string name, CancellationToken cancellationToken)
    {
        audit.Record("export." + name, organisation.Name, what);
        await db.SaveChangesAsync(cancellationToken);
        return File(csv.ToBytes(), "text/csv", $"{name}-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
