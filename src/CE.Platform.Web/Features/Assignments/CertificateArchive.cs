using System.IO.Compression;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>The valid certificates of an organisation's members, and a zip of their PDFs.</summary>
public sealed class CertificateArchive(AppDbContext db, CertificateDocuments documents, ICertificateRenderer renderer)
{
    /// <summary>The valid certificates the organisation may see (<see cref="MemberRecords"/>).</summary>
    public IQueryable<Certificate> OfOrganisation(int organisationId) =>
        db.Certificates.AsNoTracking().Where(c => c.Status == CertificateStatus.Valid).VisibleTo(db, organisationId);

    /// <summary>
    /// The completions export: each visible certificate, in the order they were earned, as a coordinator may receive it
    /// (<see cref="CoordinatorCopies"/>), with the channel its completion came through.
    /// </summary>
    public async Task<IReadOnlyList<CompletionCsvRow>> ForCompletionsCsvAsync(int organisationId, CancellationToken cancellationToken)
    {
        var rows = await OfOrganisation(organisationId).OrderBy(c => c.CompletedAtUtc)
            .Select(c => new { Certificate = c, Channel = db.Completions.Where(x => x.Id == c.CompletionId).Select(x => x.Channel).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        await db.WithConsentedLicencesOnlyAsync(rows.Select(r => r.Certificate).ToList(), cancellationToken);
        return rows.Select(r => new CompletionCsvRow(r.Certificate, r.Channel)).ToList();
    }

    /// <summary>Renders each certificate, as the coordinator may receive it, into the zip; <paramref name="progress"/> hears how many are done.</summary>
    public async Task<byte[]> ZipAsync(int organisationId, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        var certificates = await db.WithConsentedLicencesOnlyAsync(
            await OfOrganisation(organisationId).OrderBy(c => c.LearnerName).ThenBy(c => c.Number).ToListAsync(cancellationToken), cancellationToken);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < certificates.Count; i++)
            {
                var entry = zip.CreateEntry($"{certificates[i].Number}.pdf", CompressionLevel.Fastest);
                await using (var stream = entry.Open())
                {
                    await stream.WriteAsync(renderer.Render(documents.For(certificates[i])), cancellationToken);
                }

                if (progress is not null && ((i + 1) % 25 == 0 || i + 1 == certificates.Count))
                {
                    await progress(i + 1);
                }
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>A certificate of the completions CSV with the channel its completion came through.</summary>
public sealed record CompletionCsvRow(Certificate Certificate, CompletionChannel Channel);
